#!/bin/sh
# Runs every benchmark with the settings docs/performance.md reports; output also goes to
# target/bench-results.txt. Build first: mvn -B -o -q package -DskipTests
here=$(cd "$(dirname "$0")" && pwd)
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
  "$here/run.sh" StartupBench 20
  "$here/run.sh" RoundTripBench 5 5000 tcp
  "$here/run.sh" RoundTripBench 5 5000 npipe
  "$here/run.sh" RoundTripBench 5 3000 ssl
  "$here/run.sh" RoundTripBench 5 3000 spipe
  "$here/run.sh" JoinBench 5 200 tcp
  "$here/run.sh" JoinBench 5 60 ssl
  "$here/run.sh" FanOutBench 200 10 100
  "$here/run.sh" FanOutBench 30 1000
  "$here/run.sh" MemoryBench 1000 3
  "$here/run.sh" StalledClientBench 3 300
  "$here/run.sh" SerialBench 3
  "$here/run.sh" LogpointBench 5 1 3
  "$here/run.sh" ThreadListBench 20
  "$here/run.sh" StackBench 20
  "$here/run.sh" ConditionBench 5 1 3
  "$here/run.sh" StepBench 3 1000
  "$here/run.sh" StopFanoutBench 200 30 8
  "$here/run.sh" BreakInBench 200 20
  "$here/run.sh" AttachedLoopBench 3
} 2>&1 | tee "$here/../target/bench-results.txt"
