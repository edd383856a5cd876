// swift-tools-version:6.0
// libFuzzer targets for the sheet readers (Markdown, LaTeX, notebooks, Word), the maths grammar and its linear-form reader. Built by
// fuzz/run.sh with -sanitize=fuzzer,address; the library's floors are the
// main package's sources, through symbolic links, so that the fuzzers test the
// same code.
import PackageDescription

let package = Package(
    name: "coursecheck-fuzz",
    dependencies: [
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CGSL"),
        .target(name: "CoursecheckNumerics", dependencies: ["CGSL"], path: "Sources/Numerics", exclude: ["README.md"]),
        .target(name: "CoursecheckModels", dependencies: ["CoursecheckNumerics"], path: "Sources/Models", exclude: ["README.md"]),
        .target(name: "CoursecheckMaths", dependencies: ["CoursecheckNumerics"], path: "Sources/Maths", exclude: ["README.md"]),
        .target(name: "CoursecheckNotation", dependencies: ["CoursecheckMaths"], path: "Sources/Notation", exclude: ["README.md"]),
        .target(name: "CoursecheckAssignment", dependencies: ["CoursecheckModels", "CoursecheckMaths"], path: "Sources/Assignment", exclude: ["README.md"]),
        .systemLibrary(name: "CCoursecheckZlib", path: "Sources/CZlib"),
        .target(name: "CoursecheckDocument", dependencies: ["CCoursecheckZlib"], path: "Sources/Document", exclude: ["README.md"]),
        .target(name: "CoursecheckReading", dependencies: ["CoursecheckDocument", "CoursecheckNotation", "CoursecheckAssignment", "CoursecheckModels", "CoursecheckMaths"],
                path: "Sources/Reading", exclude: ["README.md"]),
        .executableTarget(name: "FuzzSheet", dependencies: ["CoursecheckReading", "CoursecheckAssignment", "CoursecheckMaths"]),
        .executableTarget(name: "FuzzExpression", dependencies: ["CoursecheckNotation", "CoursecheckMaths"]),
        .executableTarget(name: "FuzzMathTree", dependencies: ["CoursecheckNotation", "CoursecheckMaths"]),
        .executableTarget(name: "FuzzTeX", dependencies: ["CoursecheckReading", "CoursecheckAssignment"]),
        .executableTarget(name: "FuzzNotebook", dependencies: ["CoursecheckReading", "CoursecheckAssignment"]),
        .executableTarget(name: "FuzzWord", dependencies: ["CoursecheckReading", "CoursecheckAssignment",
                                                          .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ]
)
