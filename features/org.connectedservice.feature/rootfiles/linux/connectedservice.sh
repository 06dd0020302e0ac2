#!/bin/sh
# Starts the Connected Service Console with a Java 21 or newer (JAVA_HOME, then PATH, then /usr/lib/jvm).
here=$(cd "$(dirname "$0")" && pwd)
java_ok() { [ -x "$1" ] && v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p') && [ "${v%%.*}" -ge 21 ] 2>/dev/null; }
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java; do
  if [ -n "$candidate" ] && java_ok "$candidate"; then JAVA=$candidate; break; fi
done
if [ -z "$JAVA" ]; then
  echo "connectedservice: needs Java 21 or newer; install one (e.g. apt install openjdk-21-jre) or set JAVA_HOME" >&2
  exit 1
fi
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "connectedservice: $here/plugins/org.eclipse.equinox.launcher_*.jar is missing; re-extract the archive" >&2
  exit 1
fi
exec "$JAVA" ${CONNECTEDSERVICE_VMARGS:--Xmx2g -XX:+UseZGC} -jar "$launcher" "$@"
