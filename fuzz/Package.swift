// swift-tools-version:6.0
// libFuzzer targets for the sheet parser and the expression parser. Built by
// fuzz/run.sh with -sanitize=fuzzer,address; the library sources are the main
// package's, through symbolic links, so that the fuzzers test the same code.
import PackageDescription

let package = Package(
    name: "coursecheck-fuzz",
    targets: [
        .systemLibrary(name: "CGSL"),
        .target(name: "CoursecheckCore", dependencies: ["CGSL"]),
        .executableTarget(name: "FuzzSheet", dependencies: ["CoursecheckCore"]),
        .executableTarget(name: "FuzzExpression", dependencies: ["CoursecheckCore"]),
    ]
)
