#!/bin/sh
# A stand-in for the browser in fault tests: starts the real Chromium with the arguments it is
# given, records its pid in $WB_TEST_PIDS, and then, as $WB_TEST_FAULT says, kills it
# ("die", after $WB_TEST_AFTER seconds), freezes it ("hang", SIGSTOP after $WB_TEST_AFTER
# seconds) or leaves it alone.
"${WB_TEST_CHROMIUM:-/usr/bin/chromium}" "$@" &
pid=$!
[ -n "$WB_TEST_PIDS" ] && echo "$pid" >> "$WB_TEST_PIDS"
case "$WB_TEST_FAULT" in
  die) (sleep "${WB_TEST_AFTER:-1}"; kill -9 "$pid") & ;;
  hang) (sleep "${WB_TEST_AFTER:-1}"; kill -STOP "$pid") & ;;
esac
wait "$pid"
