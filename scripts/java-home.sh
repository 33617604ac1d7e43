# Sourced by the project's scripts: makes JAVA_HOME point at a JDK >= 21 (Payara Micro 7 needs it),
# preferring an already-set JAVA_HOME, then the newest JDK under /usr/lib/jvm, then `java` on the PATH.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
pick_java_home() {
  local candidate best="" best_major=0 major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /usr/local/java/* \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then best=$candidate; break; fi
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ] || [ "$(java_major "$best")" -lt 21 ]; then
    echo "GreenCert needs a JDK 21 or newer (25 recommended); none found. Set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
pick_java_home
