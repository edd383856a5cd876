// swift-tools-version:6.0
// The maths grammar against today's Lexer + ExpressionParser on the submitted
// sheet's maths. Built by bench/notation-vs-lexer.sh; the floors are the main
// package's sources, through symbolic links.
import PackageDescription

let package = Package(
    name: "notation-bench",
    targets: [
        .systemLibrary(name: "CGSL"),
        .target(name: "CoursecheckNumerics", dependencies: ["CGSL"], path: "Sources/Numerics", exclude: ["README.md"]),
        .target(name: "CoursecheckMaths", dependencies: ["CoursecheckNumerics"], path: "Sources/Maths", exclude: ["README.md"]),
        .target(name: "CoursecheckNotation", dependencies: ["CoursecheckMaths"], path: "Sources/Notation", exclude: ["README.md"]),
        .executableTarget(name: "NotationBench", dependencies: ["CoursecheckNotation", "CoursecheckMaths"]),
    ]
)
