#!/bin/sh
# Runs one benchmark main class from src/test/java/io/dbgshell/bench against the compiled tree.
# Usage: bench/run.sh ClassName [args...]   (build first: mvn -B -o -q package -DskipTests;
# the shaded dbgshell.jar carries every run-time dependency)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
ulimit -n 20000 2>/dev/null || true
main=$1; shift
exec java -Xms256m -Xmx1g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED $BENCH_JAVA_OPTS \
  -Ddbgshell.log.level=warn \
  -cp "$here/target/test-classes:$here/target/classes:$here/target/dbgshell.jar" "io.dbgshell.bench.$main" "$@"
