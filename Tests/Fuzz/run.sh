#!/usr/bin/env bash
# Builds jixiao's libFuzzer targets and runs them for a bounded time.
#
#   Tests/Fuzz/run.sh [reader|template|pipeline|all] [SECONDS]   # fuzz (default: all, 60 s each)
#   Tests/Fuzz/run.sh reader 0 FILE…                             # run one target on saved inputs
#
# Targets (sources beside this script, never part of `swift build`):
#   reader    ReaderFuzz.swift    bytes as a YAML and a JSON data file; what reads must print as JSON that reads back
#   template  TemplateFuzz.swift  bytes as template text, rendered in md, html and text against a fixed context
#   pipeline  PipelineFuzz.swift  bytes as a data file through read, check and render (seeded with Inputs/)
#
# Each target is compiled with `swiftc -sanitize=fuzzer,address` together with the Sources
# modules it needs, into .build-fuzz/ (ignored by git; modules are rebuilt only when a source
# changed). Seeds come from Inputs/, Templates/ and the conformance fixtures; the corpus that
# grows is kept in .build-fuzz/corpus/<target>. An input running over 10 s counts as a hang.
# A crash or hang is saved as .build-fuzz/findings/<target>-crash-… (or timeout-…) and the
# script exits 1: turn each into a test under Tests/, then fix it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build=$root/.build-fuzz
target=${1:-all}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
swiftc=${SWIFTC:-$(command -v swiftc)}
flags=(-swift-version 6 -O -g -sanitize=fuzzer,address -parse-as-library -use-ld=lld -I "$build/modules")
mkdir -p "$build/modules" "$build/bin" "$build/findings"

# Compiles Sources/<name> into one instrumented object and module, unless nothing changed.
# The modules named after it are the ones it imports (any earlier one in the harness's list).
module() {
    local name=$1 sources object=$build/modules/$1.o stale=0
    shift
    sources=$(find "Sources/$name" -name '*.swift' | sort)
    [[ -f $object && -z $(find "Sources/$name" -name '*.swift' -newer "$object") ]] || stale=1
    for imported in "$@"; do [[ $build/modules/$imported.swiftmodule -nt $object ]] && stale=1; done
    if [[ $stale == 1 ]]; then
        echo "编译 $name" >&2
        # shellcheck disable=SC2086
        "$swiftc" "${flags[@]}" -module-name "$name" -wmo -emit-module -emit-module-path "$build/modules/$name.swiftmodule" \
            -c $sources -o "$object"
        return 0
    fi
}

harness() {
    local name=$1; shift
    local binary=$build/bin/fuzz-$name
    local objects=()
    local stale=0
    [[ -x $binary && ! Tests/Fuzz/$(harness_file "$name") -nt $binary ]] || stale=1
    local built=()
    for dependency in "$@"; do
        module "$dependency" "${built[@]}"
        built+=("$dependency")
        objects+=("$build/modules/$dependency.o")
        [[ $build/modules/$dependency.o -nt $binary ]] && stale=1
    done
    if [[ $stale == 1 ]]; then
        echo "链接 fuzz-$name" >&2
        "$swiftc" "${flags[@]}" "Tests/Fuzz/$(harness_file "$name")" "${objects[@]}" -o "$binary"
    fi
}

harness_file() {
    case $1 in
    reader) echo ReaderFuzz.swift ;;
    template) echo TemplateFuzz.swift ;;
    pipeline) echo PipelineFuzz.swift ;;
    esac
}

# Seed files for a target, into $build/seeds/<target> (rewritten on every run).
seeds() {
    local name=$1 folder=$build/seeds/$1
    rm -rf "$folder"
    mkdir -p "$folder"
    case $name in
    reader | pipeline)
        cp Inputs/*.yaml "$folder/"
        cp Templates/指标体系/*.yaml "$folder/" ;;
    template)
        find Templates -type f \( -name '*.md' -o -name '*.html' -o -name '*.jinja' \) -exec cp {} "$folder/" \; 2>/dev/null || true
        local index=0
        for file in Templates/*/*.md Templates/*/*.html Templates/*/*.jinja; do
            cp "$file" "$folder/$index-$(basename "$file")"
            index=$((index + 1))
        done ;;
    esac
    if command -v python3 > /dev/null; then
        case $name in
        reader) python3 - "$folder" <<'PY'
import json, sys, pathlib
cases = json.load(open("Tests/JixiaoReaderTests/Fixtures/yaml-conformance.json", encoding="utf-8"))
for index, case in enumerate(cases):
    pathlib.Path(sys.argv[1], f"conformance-{index}.yaml").write_text(case["yaml"], encoding="utf-8")
PY
        ;;
        template) python3 - "$folder" <<'PY'
import json, sys, pathlib
cases = json.load(open("Tests/JixiaoCommandsTests/Fixtures/jinja-conformance.json", encoding="utf-8"))
for index, case in enumerate(cases):
    for name, text in case["templates"].items():
        pathlib.Path(sys.argv[1], f"conformance-{index}-{len(name)}.txt").write_text(text, encoding="utf-8")
PY
        ;;
        esac
    fi
}

run() {
    local name=$1
    case $name in
    reader) harness reader JixiaoDiagnostics JixiaoReader ;;
    template) harness template JixiaoDiagnostics JixiaoTemplates ;;
    pipeline) harness pipeline JixiaoDiagnostics JixiaoReader JixiaoTemplates JixiaoModel JixiaoArchive JixiaoDocuments ;;
    *) echo "未知的目标：$name（可用 reader、template、pipeline、all）" >&2; exit 64 ;;
    esac
    local binary=$build/bin/fuzz-$name
    export JIXIAO_TEMPLATES=$root/Templates
    if [[ $seconds == 0 ]]; then
        "$binary" -timeout=10 "$@"
        return
    fi
    seeds "$name"
    mkdir -p "$build/corpus/$name"
    local dictionary=()
    [[ -f Tests/Fuzz/$name.dict ]] && dictionary=(-dict="Tests/Fuzz/$name.dict")
    echo "== $name：$seconds 秒" >&2
    local log=$build/$name.log status=0
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$binary" "$build/corpus/$name" "$build/seeds/$name" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$name-" "${dictionary[@]}" > "$log" 2>&1 || status=$?
    grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb|SUMMARY|artifact_prefix|Test unit written)|==[0-9]+==|Fatal error|deadly signal|ALARM|timeout after' "$log" || true
    echo "语料：$(find "$build/corpus/$name" -type f | wc -l) 个输入；完整输出在 $log" >&2
    return $status
}

status=0
if [[ $target == all ]]; then
    for name in reader template pipeline; do run "$name" || status=1; done
else
    run "$target" "$@" || status=1
fi
exit $status
