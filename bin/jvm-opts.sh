# Sourced by bin/run and bench/*.sh: sets the array jvm_opts from bin/jvm-options, or from $JVM_OPTIONS when set.
if [ -n "${JVM_OPTIONS:-}" ]; then
  read -r -a jvm_opts <<<"$JVM_OPTIONS"
else
  mapfile -t jvm_opts < <(grep -v -e '^#' -e '^[[:space:]]*$' "$(dirname "${BASH_SOURCE[0]}")/jvm-options")
fi
