#!/bin/sh
# A --chrome wrapper that does not exec Chromium, as some site scripts are: it starts helpers of
# its own (one in its process group, one that leaves it with setsid), records their pids in
# $WB_TEST_PIDS, then runs Chromium as a child. With WB_TEST_FAULT=hang-at-start it never starts
# Chromium at all, so the launch times out.
sleep 300 &
echo $! >> "$WB_TEST_PIDS"
setsid sleep 301 &
echo $! >> "$WB_TEST_PIDS"
if [ "$WB_TEST_FAULT" = hang-at-start ]; then
  sleep 302 &
  echo $! >> "$WB_TEST_PIDS"
  wait
fi
"${WB_TEST_CHROMIUM:-/usr/bin/chromium}" "$@"
