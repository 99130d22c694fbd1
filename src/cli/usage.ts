import { defaultDataDir } from '../core/data-dir'

/** `unlinker --help`, naming the data folder this environment would use. */
export function usageText(env: NodeJS.ProcessEnv): string {
  return `Usage: unlinker <command> [options]

Commands:
  serve [--data DIR] [--port N] [--no-open] [--max-file-mb N]
                                              run the app in your browser (web mode)
  export [--data DIR] --out FILE [--lang L]   write the archive of proofs (.zip)
  verify FILE                                 check an archive against its checksums
  restore FILE [--data DIR] [--replace]       import an archive (merge by record id;
                                              --replace only into an empty folder)
  demo [--data DIR]                           fill an empty folder with example data
  discover FILE [--data DIR] [--number NUMBER] [--sim SUB_ID=NUMBER]… [--apply] [--json]
                                              find accounts in a password manager export
                                              or a message backup, each on the number its
                                              logins or SIM show (dry run unless --apply;
                                              --json for scripts)
  catalog [--search TEXT] [--json]            list the built-in services with their roles,
                                              sources and links (no data folder needed)
  calendar [--data DIR] --out FILE [--lang L] write the reminders as an iCalendar file
  plan [--data DIR] [--json]                  each number's accounts in the order to do
                                              them, with risk, reasons and start-by days
  recover [--data DIR] [--snapshot NAME | --empty]
                                              when the data file cannot be read: restore
                                              the latest (or the named) good copy, or
                                              start empty; the bad file is kept

Options:
  --data DIR   data folder (default: ${defaultDataDir(env)})
  --port N     port on 127.0.0.1 (default: a free one)
  --no-open    do not open the browser
  --max-file-mb N  largest proof file accepted, in MB (default: 4096)
  --lang L     language of report.html or the calendar: en, ru or zh-CN (default: en)
  --json       print the result as JSON (discover, catalog, plan)
  --search TEXT  only entries whose names, aliases or domains contain TEXT (catalog)
  --number NUMBER  discover: the number for entries that name none of yours, in any
               spelling of one of the folder's numbers
  --sim SUB_ID=NUMBER  discover: which of your numbers a backup's SIM was (or
               SUB_ID=not-mine); once per SIM
  -h, --help   show this help

Exit codes: 0 done, 1 failed, 2 usage, 3 data folder in use, 4 archive not intact,
5 not a readable or safe archive, 6 data file unreadable (see recover), 7 encrypted
folder without the right UNLINKER_PASSPHRASE, 130 interrupted.
`
}
