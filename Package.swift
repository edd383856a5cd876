// swift-tools-version:6.0
import PackageDescription

// Targets by floor: each imports only the floors below it, so the compiler
// keeps the architecture (ARCHITECTURE.md). Only CoursecheckNumerics sees GSL.
let package = Package(
    name: "coursecheck",
    products: [
        .executable(name: "coursecheck", targets: ["coursecheck"]),
        .library(name: "Coursecheck", targets: [
            "CoursecheckNumerics", "CoursecheckModels", "CoursecheckMaths", "CoursecheckAssignment",
            "CoursecheckDocument", "CoursecheckReading", "CoursecheckVerification", "CoursecheckReporting",
            "CoursecheckGoldens", "CoursecheckGrading", "CoursecheckNotation", "CoursecheckTraining",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Zips in tests (the product reads zips itself, through zlib: class
        // downloads in Grading, Word sheets in Document). CSV rosters and exports.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Gradescope's submission_metadata.yml (Ruby-symbol keys).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - Public API, floor by floor

        /// The command line: parses, calls the library, prints; one place maps errors to exit statuses.
        .executableTarget(
            name: "coursecheck",
            dependencies: [
                "CoursecheckGrading", "CoursecheckGoldens", "CoursecheckReporting", "CoursecheckVerification",
                "CoursecheckTraining", "CoursecheckReading", "CoursecheckAssignment", "CoursecheckModels", "CoursecheckMaths", "CoursecheckNumerics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/coursecheck"
        ),
        /// Grading: a class of submissions into scores, feedback, statistics and LMS files.
        .target(name: "CoursecheckGrading",
                dependencies: ["CoursecheckReporting", "CoursecheckVerification", "CoursecheckReading",
                               "CoursecheckTraining", "CoursecheckAssignment", "CoursecheckModels", "CoursecheckMaths",
                               "CoursecheckNumerics", "CCoursecheckZlib",
                               .product(name: "CSV", package: "CSV.swift"),
                               .product(name: "Yams", package: "Yams")],
                path: "Sources/Grading", exclude: ["README.md"]),
        /// Goldens: the reference results kept under fixtures/golden/ and reports/, computed and compared.
        .target(name: "CoursecheckGoldens",
                dependencies: ["CoursecheckReporting", "CoursecheckVerification", "CoursecheckReading",
                               "CoursecheckAssignment", "CoursecheckModels", "CoursecheckMaths", "CoursecheckNumerics"],
                path: "Sources/Goldens", exclude: ["README.md"]),
        /// Reporting: Markdown, JSON (canonical writer), output files.
        .target(name: "CoursecheckReporting",
                dependencies: ["CoursecheckVerification", "CoursecheckTraining", "CoursecheckAssignment", "CoursecheckModels",
                               "CoursecheckMaths", "CoursecheckNumerics"],
                path: "Sources/Reporting", exclude: ["README.md"]),
        /// Verification: references, checks, verdicts.
        .target(name: "CoursecheckVerification",
                dependencies: ["CoursecheckTraining", "CoursecheckReading", "CoursecheckAssignment", "CoursecheckModels",
                               // The command table a sheet is read with (tests remove an entry).
                               "CoursecheckNotation", "CoursecheckMaths", "CoursecheckNumerics"],
                path: "Sources/Verification", exclude: ["README.md"]),
        /// Training: data sets, the classifier on an encoder, Adam, checkpoints, accuracy references.
        .target(name: "CoursecheckTraining",
                dependencies: ["CoursecheckAssignment", "CoursecheckModels", "CoursecheckNumerics",
                               .product(name: "CSV", package: "CSV.swift")],
                path: "Sources/Training", exclude: ["README.md"]),
        /// Reading: a sheet's blocks into claims, question by question.
        .target(name: "CoursecheckReading",
                dependencies: ["CoursecheckDocument", "CoursecheckNotation", "CoursecheckAssignment", "CoursecheckModels", "CoursecheckMaths"],
                path: "Sources/Reading", exclude: ["README.md"]),
        /// Document: every sheet format into one model of blocks (Markdown, LaTeX, notebooks, Word, HTML).
        /// No maths of ours; zlib and FoundationXML read Word, pandoc reads HTML.
        .target(name: "CoursecheckDocument",
                dependencies: ["CCoursecheckZlib"],
                path: "Sources/Document", exclude: ["README.md"]),
        /// Assignment: the assignment file and the typed catalogue of its questions and answer ids.
        .target(name: "CoursecheckAssignment",
                dependencies: ["CoursecheckModels", "CoursecheckMaths"],
                path: "Sources/Assignment", exclude: ["README.md"]),
        /// Notation: the maths grammar — TeX tokenizer, parser to a tree, one command table, shapes read off the tree.
        .target(name: "CoursecheckNotation", dependencies: ["CoursecheckMaths"], path: "Sources/Notation", exclude: ["README.md"]),
        /// Maths: exact rationals, linear expressions, the expression parser, the triplet loss.
        .target(name: "CoursecheckMaths", dependencies: ["CoursecheckNumerics"], path: "Sources/Maths", exclude: ["README.md"]),
        /// Models: RNN/LSTM cells and layers, inventories, gradient check, benchmark.
        .target(name: "CoursecheckModels", dependencies: ["CoursecheckNumerics"], path: "Sources/Models", exclude: ["README.md"]),
        /// Numerics: the one door to GSL and OpenBLAS; typed matrices, vectors and views.
        .target(name: "CoursecheckNumerics", dependencies: ["CGSL"], path: "Sources/Numerics", exclude: ["README.md"]),

        // MARK: - Implementation details

        // GSL with OpenBLAS as its CBLAS. No pkgConfig: `pkg-config gsl` adds
        // -lgslcblas, whose slow cblas_* symbols would then win the link.
        .systemLibrary(
            name: "CGSL",
            providers: [.apt(["libgsl-dev", "libopenblas-dev"])]
        ),
        // zlib, for the zip entries Grading and Document (Word sheets) inflate.
        .systemLibrary(
            name: "CCoursecheckZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // MARK: - Tests

        .target(
            name: "CoursecheckTestSupport",
            dependencies: ["CoursecheckGoldens", "CoursecheckAssignment", "CoursecheckNotation", "CoursecheckMaths",
                           // The whole-sheet generator verifies in-process, as `verify` does.
                           "CoursecheckVerification", "CoursecheckReading", "CoursecheckDocument",
                           // Word documents written by the tests, as Word writes them.
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "CoursecheckUnitTests",
            dependencies: [
                "CoursecheckGrading", "CoursecheckGoldens", "CoursecheckReporting", "CoursecheckVerification",
                "CoursecheckTraining", "CoursecheckReading", "CoursecheckAssignment", "CoursecheckModels", "CoursecheckMaths",
                "CoursecheckNumerics", "CoursecheckNotation", "CoursecheckTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "CoursecheckEndToEndTests",
            dependencies: ["coursecheck", "CoursecheckTestSupport"]
        ),
    ]
)
