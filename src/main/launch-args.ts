/** `--data=DIR` or `--data DIR` on the command line picks another data folder. */
export function dataDirFromArgs(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith('--data=')) return arg.slice('--data='.length)
    if (arg === '--data') return argv[i + 1]
  }
  return undefined
}

/** The same command line less its data folder, to relaunch on another one. */
export function withoutDataArg(args: string[]): string[] {
  return args.filter(
    (arg, i) => !arg.startsWith('--data=') && arg !== '--data' && args[i - 1] !== '--data'
  )
}
