// Preloaded into a measured process (node --require): at exit it writes its peak memory,
// which covers its worker threads too, as the last line of stderr.
process.on('exit', () => {
  // maxRSS is in kilobytes.
  process.stderr.write(
    `\n${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`
  )
})
