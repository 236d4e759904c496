# Sourced by the other scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Tycho 5 and the SWT/e4 bundles need Java 21+, while a fresh machine's default java may be older.

swinglink_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

swinglink_find_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
      && [ "$(swinglink_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(swinglink_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(swinglink_java_major "$candidate")
    [ -n "$major" ] && [ "$major" -ge 21 ] && best="$candidate"
  fi
  [ -n "$best" ] || return 1
  echo "$best"
}

if ! JAVA_HOME=$(swinglink_find_java_home); then
  echo "SwingLink needs a JDK 21 or newer: set JAVA_HOME or install one under /usr/lib/jvm." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
