#!/usr/bin/env bash
# End-to-end test of the headless commands, run by ./console test after the Maven build: ./console replay, backtest
# and scenario on real files against the built product, in a throw-away workspace, checked as a user would check
# them (the faults file's exact content, the same bytes twice, exit codes, one-line errors).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CONNECTEDSERVICE_WORKSPACE="$work/workspace"

checks=0
failures=0
check() {
  local what=$1; shift
  checks=$((checks + 1))
  if "$@"; then
    echo "e2e: ok   $what"
  else
    failures=$((failures + 1))
    echo "e2e: FAIL $what" >&2
  fi
}

# console CMD ARGS... : runs ./console, keeping stdout, stderr and the exit code in $work/last.*
console() {
  local rc=0
  "$top/console" "$@" > "$work/last.out" 2> "$work/last.err" || rc=$?
  echo "$rc" > "$work/last.rc"
}
exit_code() { [ "$(cat "$work/last.rc")" = "$1" ]; }
one_error_line() { [ "$(wc -l < "$work/last.err")" -eq 1 ] && grep -q "^$1" "$work/last.err"; }
printed() { grep -qF -- "$1" "$work/last.out"; }

cat > "$work/devicerules.json" <<'JSON'
[{"DeviceType":"Thermostat","Temperature":70.0,"TemperatureRuleOutput":"AlarmTemp","Humidity":null,"HumidityRuleOutput":null}]
JSON
message() {
  printf '{"deviceId":"%s","enqueuedTime":"%s","messageId":"%s","properties":{"DeviceType":"Thermostat"},"systemProperties":{},"body":{"Temperature":%s,"Humidity":40}}\n' "$@"
}
{
  message thermostat-02 2025-03-01T08:00:00Z m1 68.0
  message thermostat-01 2025-03-01T08:00:00Z m2 71.5
  echo '{not json'
  message thermostat-02 2025-03-01T08:00:01Z m3 72.25
  message thermostat-01 2025-03-01T08:00:01Z m4 69.0
  message thermostat-01 2025-03-01T08:00:01Z m4 69.0
  message thermostat-02 2025-03-01T08:00:02Z m5 66.0
} > "$work/telemetry.jsonl"
rule='"ruleId":"thermostat-temperature-gt","ruleVersion":1,"measurement":"Temperature"'
cat > "$work/expected.jsonl" <<JSONL
{"token":"thermostat-01|thermostat-temperature-gt|v1|1740816000000","kind":"RAISED","deviceId":"thermostat-01",$rule,"value":71.5,"threshold":70.0,"windowStart":"2025-03-01T08:00:00Z","raisedAt":"2025-03-01T08:00:00Z"}
{"token":"thermostat-01|thermostat-temperature-gt|v1|1740816000000","kind":"CLEARED","deviceId":"thermostat-01",$rule,"value":69.0,"threshold":70.0,"windowStart":"2025-03-01T08:00:00Z","raisedAt":"2025-03-01T08:00:00Z","clearedAt":"2025-03-01T08:00:01Z"}
{"token":"thermostat-02|thermostat-temperature-gt|v1|1740816001000","kind":"RAISED","deviceId":"thermostat-02",$rule,"value":72.25,"threshold":70.0,"windowStart":"2025-03-01T08:00:01Z","raisedAt":"2025-03-01T08:00:01Z"}
{"token":"thermostat-02|thermostat-temperature-gt|v1|1740816001000","kind":"CLEARED","deviceId":"thermostat-02",$rule,"value":66.0,"threshold":70.0,"windowStart":"2025-03-01T08:00:01Z","raisedAt":"2025-03-01T08:00:01Z","clearedAt":"2025-03-01T08:00:02Z"}
JSONL

console replay --rules "$work/devicerules.json" --telemetry "$work/telemetry.jsonl" --out "$work/faults-1.jsonl"
check "replay exits with 0" exit_code 0
check "replay writes the expected faults, sorted by time, device, rule" cmp -s "$work/expected.jsonl" "$work/faults-1.jsonl"
check "replay reports the quarantined and the duplicate message" \
  printed "7 messages: 5 readings, 1 quarantined (1 bad JSON), 1 duplicates dropped"
check "replay names the bad line on stderr" one_error_line "replay: quarantined telemetry.jsonl line 3: bad JSON"

console replay --rules "$work/devicerules.json" --telemetry "$work/telemetry.jsonl" --out "$work/faults-2.jsonl"
check "replaying again gives the same bytes" cmp -s "$work/faults-1.jsonl" "$work/faults-2.jsonl"

console replay --rules "$work/devicerules.json" --telemetry "$work/telemetry.jsonl"
check "replay without --out exits with 2" exit_code 2
check "replay without --out says so in one line" one_error_line "replay: --out is missing; usage: ./console replay"

sed 's/70.0/65.0/' "$work/devicerules.json" > "$work/candidate.json"
console backtest --rules "$work/candidate.json" --active "$work/devicerules.json" --telemetry "$work/telemetry.jsonl" --json
check "backtest exits with 0" exit_code 0
check "backtest finds the alert only the candidate raises" printed '"appearingCount":1,"appearing":[{"deviceId":"thermostat-02"'

scenario="$top/bundles/org.connectedservice.simulator/scenarios/overheating-thermostat.json"
console scenario "$scenario" --junit "$work/report.xml"
check "the example scenario passes" exit_code 0
check "the scenario prints a verdict per expectation" printed "PASS 4."
check "the scenario writes a JUnit report without failures" grep -q 'tests="4" failures="0"' "$work/report.xml"

sed 's/{ "alert": "thermostat-temperature-gt", "device": "thermostat-03"/{ "alert": "thermostat-temperature-gt", "device": "thermostat-05"/' \
  "$scenario" > "$work/wrong-device.json"
console scenario "$work/wrong-device.json"
check "a failed expectation exits with 1" exit_code 1
check "the failed expectation is marked" printed "FAIL 1."

if [ "$failures" -gt 0 ]; then
  echo "e2e: $failures of $checks checks failed (the workspace log is kept in tests/org.connectedservice.cli.e2e/target/last-failure)" >&2
  mkdir -p "$top/tests/org.connectedservice.cli.e2e/target"
  cp -r "$CONNECTEDSERVICE_WORKSPACE/.metadata" "$top/tests/org.connectedservice.cli.e2e/target/last-failure" 2>/dev/null || true
  exit 1
fi
echo "e2e: all $checks checks of the headless commands passed"
