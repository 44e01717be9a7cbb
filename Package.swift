// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "caseload",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "caseload", targets: ["caseload"]),
        .library(name: "CaseloadKit", targets: ["CaseloadKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SHA-256 of the lock file's fingerprints; 3.x and 4.x have the same SHA256 API.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // libxml2 through pkg-config; shim.h keeps libxml2's ICU types away from Foundation's.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib through pkg-config, for crc32 only (the workbook's stored ZIP entries; not named
        // CZlib, which ZIPFoundation's own zlib module is called on Linux); libxml2
        // already links it, and libxml2-dev pulls in zlib1g-dev.
        .systemLibrary(
            name: "CSystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // One C function: the atomic directory exchange (Linux renameat2) used to publish results.
        .target(name: "CFileSwap"),
        // HTTP GET through libcurl opened with dlopen by `fetch jobindsats` only: linking
        // Foundation's URLSession (FoundationNetworking) loads libcurl and ~30 libraries under
        // it at every start, about 10 MiB of resident memory (docs/benchmarks.md).
        .target(name: "CLazyCurl", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "CaseloadKit",
            dependencies: [
                "CLibXML2",
                "CSystemZlib",
                "CFileSwap",
                "CLazyCurl",
                "Yams",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The commands (argument parsing, exit codes); tests and the two executables call it.
        .target(
            name: "CaseloadCLI",
            dependencies: [
                "CaseloadKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The shipped binary: main.swift only.
        .executableTarget(name: "caseload", dependencies: ["CaseloadCLI"]),
        // caseload with the pause hooks of the crash-safety tests (CASELOAD_TEST_PAUSE_MS);
        // built for the tests only, never shipped.
        .executableTarget(name: "caseload-testhooks", dependencies: ["CaseloadCLI"], path: "Tests/caseload-testhooks"),
        // Prints the monthly values of a pipeline's case files, for scripts/bench.sh's check
        // against DuckDB; bench tooling, never shipped.
        .executableTarget(name: "caseload-months", dependencies: ["CaseloadKit"], path: "Tests/caseload-months"),
        .testTarget(
            name: "CaseloadKitTests",
            // CaseloadCLI: the tests parse command-line options; CLibXML2: they parse the HTML
            // report with libxml2's HTML parser; ZIPFoundation: they open the workbook's parts.
            dependencies: ["CaseloadKit", "CaseloadCLI", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
    ]
)
