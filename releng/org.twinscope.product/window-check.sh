# SPDX-License-Identifier: EPL-2.0
# Sourced by smoke-test.sh and install-test.sh: waits for a started Eclipse application's workbench window, saves a
# screenshot of the display and fails on error entries in the application's log.
# Usage: wait_for_window <name> <pid> <title pattern for grep -E> <log file> <screenshot file>
wait_for_window() {
  local name="$1" pid="$2" title="$3" log="$4" screenshot="$5"
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name: the application exited before showing its window; log:" >&2
      cat "$log" >&2
      return 1
    fi
    if xwininfo -root -tree | grep -qE -- "$title"; then
      sleep 5 # let the workbench open its perspective and paint before the picture
      import -window root "$screenshot"
      if grep -E '^!ENTRY [^ ]+ 4 ' "$log" >/dev/null; then
        echo "$name: errors in the log:" >&2
        cat "$log" >&2
        return 1
      fi
      return 0
    fi
    sleep 1
  done
  echo "$name: no workbench window after 120 s; log:" >&2
  cat "$log" >&2
  return 1
}
