import type { CancellationToken, Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationMethod, Notifications, RequestMethod, Requests } from '../../shared/protocol';

/** sendRequest typed by shared/protocol.ts: the method name decides the params and the result. */
export function request<M extends RequestMethod>(
  client: LanguageClient,
  method: M,
  params: Requests[M][0],
  token?: CancellationToken,
): Promise<Requests[M][1]> {
  return client.sendRequest(method, params, token);
}

export function notify<M extends NotificationMethod>(client: LanguageClient, method: M, params: Notifications[M]): Promise<void> {
  return client.sendNotification(method, params);
}

export function onNotification<M extends NotificationMethod>(
  client: LanguageClient,
  method: M,
  handler: (params: Notifications[M]) => void,
): Disposable {
  return client.onNotification(method, handler);
}
