# Sourced by the package tests. cpack_package GENERATOR BUILD_DIR OUT_DIR PATTERN makes one
# package with cpack from the build tree into OUT_DIR and sets $package to the one file that
# matches OUT_DIR/PATTERN; otherwise it prints cpack's log and returns 1.
cpack_package() {
    local generator=$1 build_dir=$2 out=$3 pattern=$4
    local -a found
    if ! cpack -G "$generator" --config "$build_dir/CPackConfig.cmake" -B "$out" >"$out.cpack.log" 2>&1; then
        cat "$out.cpack.log"
        echo "FAIL: cpack -G $generator" >&2
        return 1
    fi
    mapfile -t found < <(find "$out" -maxdepth 1 -name "$pattern")
    if [ ${#found[@]} -ne 1 ]; then
        cat "$out.cpack.log"
        echo "FAIL: expected one $pattern, found: ${found[*]:-none}" >&2
        return 1
    fi
    package=${found[0]}
    echo "$(basename "$package"): $(du -k "$package" | cut -f1) KiB"
}
