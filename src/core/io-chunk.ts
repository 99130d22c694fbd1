/**
 * Bytes per read and write when streaming proof files. Node's 64 KiB default costs
 * sixteen times the system calls; on machines where each call is dear, attaching,
 * sealing and exporting large videos were measurably slower.
 */
export const IO_CHUNK = 1024 * 1024
