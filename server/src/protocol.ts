import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { NotificationMethod, Notifications, RequestMethod, Requests } from '../../shared/protocol';

/** onRequest typed by shared/protocol.ts: the method name decides the params the handler gets and what it returns. */
export function onRequest<M extends RequestMethod>(
  connection: Connection,
  method: M,
  handler: (params: Requests[M][0], token: CancellationToken) => Requests[M][1] | Promise<Requests[M][1]>,
): void {
  // The library's handler type is generic over any result; ours is narrower, checked by the signature above.
  connection.onRequest(method, (params: Requests[M][0], token: CancellationToken) => handler(params, token) as never);
}

export function onNotification<M extends NotificationMethod>(
  connection: Connection,
  method: M,
  handler: (params: Notifications[M]) => void,
): void {
  connection.onNotification(method, handler);
}

export function notify<M extends NotificationMethod>(connection: Connection, method: M, params: Notifications[M]): Promise<void> {
  return connection.sendNotification(method, params);
}
