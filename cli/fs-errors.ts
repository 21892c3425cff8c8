const REASONS: Record<string, string> = {
  ENOENT: '文件或目录不存在',
  EACCES: '没有权限',
  EPERM: '没有权限',
  ENAMETOOLONG: '路径过长',
  ELOOP: '符号链接层数过多（可能有循环）',
  ENOTDIR: '路径中有一段不是目录',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  EFBIG: '超出文件大小限制',
  EROFS: '文件系统是只读的',
  EMFILE: '打开的文件过多',
};

/** One line for the user about a failed file operation: the reason in words and the system's code, never a stack. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code) return REASONS[code] ? `${REASONS[code]}，${code}` : code;
  return error instanceof Error ? error.message : String(error);
}
