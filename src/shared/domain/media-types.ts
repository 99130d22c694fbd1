/** Types a proof is shown as inside the app; anything else is only downloaded or opened. */
export const PREVIEWABLE = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf']

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  txt: 'text/plain',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
}

/** A media type from a file name, for files that arrive without one (desktop paths). */
export function mediaTypeOf(name: string): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase()
  return (ext && BY_EXTENSION[ext]) || 'application/octet-stream'
}

export function isPreviewable(mediaType: string): boolean {
  return PREVIEWABLE.includes(mediaType)
}

/**
 * Types a system viewer should open, each with the one extension a copy handed to it gets:
 * documents, images, text and video that viewers only show. Anything else (an executable,
 * a script, an office file with macros, a web page) is never opened by Unlinker, only
 * shown in its folder.
 */
const VIEWER_EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'text/plain': 'txt',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov'
}

/** The extension of a copy a system viewer may open, or null when none should. */
export function viewerExtension(mediaType: string): string | null {
  return VIEWER_EXTENSIONS[mediaType.toLowerCase().split(';')[0]!.trim()] ?? null
}
