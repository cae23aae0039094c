#!/bin/sh
# Runs one benchmark main class from src/test/java/io/dbgshell/bench against the compiled tree.
# Usage: bench/run.sh ClassName [args...]   (build first: mvn -B -o -q package -DskipTests;
# the shaded dbgshell.jar carries every run-time dependency)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
ulimit -n 20000 2>/dev/null || true
main=$1; shift
# The test fixtures the benchmarks share (TestHost...) are JUnit extensions too: put JUnit's API,
# at the version pom.xml names, from the local Maven repository on the class path.
repo=${MAVEN_REPO:-$HOME/.m2/repository}
junit=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' "$here/pom.xml")
api=$repo/org/junit/jupiter/junit-jupiter-api/$junit/junit-jupiter-api-$junit.jar
ot4j=$(sed -n '/<artifactId>opentest4j</{n;s:.*<version>\(.*\)</version>.*:\1:p;}' "${api%.jar}.pom")
junitcp=$api:$repo/org/opentest4j/opentest4j/$ot4j/opentest4j-$ot4j.jar
exec java -Xms256m -Xmx1g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED $BENCH_JAVA_OPTS \
  -Ddbgshell.log.level=warn \
  -cp "$here/target/test-classes:$here/target/classes:$here/target/dbgshell.jar:$junitcp" "io.dbgshell.bench.$main" "$@"
