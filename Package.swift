// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "coursecheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "coursecheck", targets: ["coursecheck"]),
        .library(name: "CoursecheckCore", targets: ["CoursecheckCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: - Public API
        .executableTarget(
            name: "coursecheck",
            dependencies: [
                "CoursecheckCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "CoursecheckCore",
            dependencies: ["CGSL"],
            // The numerical kernels (gate loops on SIMD4, finite differences
            // over 1.4 M parameters) run about 50× slower unoptimised, which
            // would make `swift test` slow: optimise them in debug builds too.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),

        // MARK: - Implementation details
        // GSL with OpenBLAS as its CBLAS. No pkgConfig: `pkg-config gsl` adds
        // -lgslcblas, whose slow cblas_* symbols would then win the link.
        .systemLibrary(
            name: "CGSL",
            providers: [.apt(["libgsl-dev", "libopenblas-dev"])]
        ),

        // MARK: - Tests
        .target(
            name: "CoursecheckTestSupport",
            dependencies: ["CoursecheckCore"]
        ),
        .testTarget(
            name: "CoursecheckCoreTests",
            dependencies: ["CoursecheckCore", "CoursecheckTestSupport"]
        ),
        .testTarget(
            name: "CoursecheckEndToEndTests",
            dependencies: ["coursecheck", "CoursecheckTestSupport"]
        ),
    ]
)
