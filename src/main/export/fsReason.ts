// Says in plain words why a file could not be written, from a Node fs error. No I/O of its own.

/** A short reason a person can act on ("a folder is in the way", "the disk is full"). */
export function fsReason(err: unknown, name: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full, so ${name} was not written`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied writing ${name}`;
    case 'EROFS':
      return `the disk is read-only, so ${name} was not written`;
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return `a folder named ${name} is in the way`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${name} is locked by another program`;
    case 'ENAMETOOLONG':
      return `the name ${name} is too long for this disk`;
    default:
      return `could not write ${name}: ${(err as Error | null)?.message ?? String(err)}`;
  }
}
