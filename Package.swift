// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CircleDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "circledesk", targets: ["circledesk"]),
        .executable(name: "queue-bench", targets: ["QueueBench"]),
        .executable(name: "served-bench", targets: ["ServedBench"]),
        .executable(name: "photo-bench", targets: ["PhotoBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Value types and rules of the county's work; no I/O.
        .target(name: "LeagueCore"),
        // Workflows as data and the pure function that applies an action.
        .target(name: "Workflow", dependencies: ["LeagueCore"]),
        // The SQLite store: opening, migrations, records, queries; the history's seals (SHA-256);
        // files in and out (CSV, JSON, .xlsx workbooks through ZIPFoundation); kept photos.
        .target(
            name: "Store",
            dependencies: ["LeagueCore", "Workflow", "Photos", "CSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // SQLite's C calls that Swift cannot make through GRDB: process-wide options
        // (sqlite3_config) and a look at a file's header on a connection GRDB does not set up.
        .target(name: "CSQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        // The C library's wcwidth and a UTF-8 ctype, which Swift's Glibc module does not show.
        .target(name: "CTextWidth"),
        // Photos: libvips reads, turns upright, shrinks and re-encodes them; libchafa draws
        // them for the terminal. Their C (Sources/CPhoto) is not a target: `make` builds it
        // with clang as the plugin libcircledesk-photo.so, and the program loads it on first
        // use through CPhotoAPI's table and loader.
        .target(name: "CPhotoAPI"),
        .target(name: "Photos", dependencies: ["CPhotoAPI", "LeagueCore"]),
        // Cells, text measured in cells, widgets, keys; no terminal library.
        .target(name: "TerminalKit", dependencies: ["CTextWidth"]),
        // The desk: state, reducer, panes and views, runtime loop; tested without a terminal.
        .target(name: "App", dependencies: ["LeagueCore", "Store", "Reports", "TerminalKit", "Workflow", "Photos"]),
        // ncursesw for Swift: a modulemap and a shim of the macros and globals Swift cannot see.
        .systemLibrary(
            name: "CNcursesw", pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The one module that talks to the terminal through ncurses.
        .target(name: "TerminalNcurses", dependencies: ["CNcursesw", "TerminalKit"]),
        // Reports and printouts computed once and rendered as text (measured in cells) or HTML.
        .target(name: "Reports", dependencies: ["LeagueCore", "Store", "TerminalKit"]),
        // The deterministic sample county behind `circledesk demo`.
        .target(name: "DemoCounty", dependencies: ["LeagueCore", "Store", "Photos", .product(name: "GRDB", package: "GRDB.swift")]),
        // The served mode: one server performs every desk's effects as the login the kernel names.
        .target(name: "Served", dependencies: ["App", "Store", "LeagueCore", "CSocketRights"]),
        // Passing open files over a Unix socket (SCM_RIGHTS), which Swift cannot spell.
        .target(name: "CSocketRights"),
        // Argument parsing and wiring; nothing else.
        .executableTarget(
            name: "circledesk",
            dependencies: [
                "LeagueCore", "Store", "Reports", "DemoCounty", "App", "Served", "TerminalKit", "TerminalNcurses", "Workflow", "Photos",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "WorkflowTests", dependencies: ["Workflow", "LeagueCore", "TestSupport"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "TerminalKit", "Store", "Reports", "LeagueCore", "Workflow", "Photos", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Helpers shared by the test targets.
        .target(
            name: "TestSupport", dependencies: ["DemoCounty", "Store", "LeagueCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/TestSupport"
        ),
        // `make bench`: the desk's key-to-frame times beside its SQL straight on SQLite.
        .executableTarget(
            name: "QueueBench",
            dependencies: ["App", "BenchSupport", "Store", "LeagueCore", "TerminalKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "BenchSupport", dependencies: ["TerminalKit"]),
        // Photos taken in, and the viewer's keys, beside the art alone.
        .executableTarget(name: "PhotoBench", dependencies: ["App", "BenchSupport", "Photos", "Store", "LeagueCore", "TerminalKit"]),
        // Many desks on one server, beside one desk on the file.
        .executableTarget(name: "ServedBench", dependencies: ["App", "BenchSupport", "Served", "Store", "LeagueCore", "TerminalKit"]),
        .testTarget(name: "LeagueCoreTests", dependencies: ["LeagueCore"]),
        .testTarget(name: "PhotosTests", dependencies: ["Photos", "TestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "LeagueCore", "DemoCounty", "Workflow", "Photos", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DemoCountyTests",
            dependencies: ["DemoCounty", "Store", "LeagueCore", "Workflow", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Store", "LeagueCore", "TerminalKit"]),
        // Runs the built `circledesk` binary as a user would.
        .testTarget(name: "ServedTests", dependencies: ["Served", "App", "Store", "LeagueCore", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["circledesk", "LeagueCore", "TestSupport"]),
        // The built program in a real terminal (tmux), keys in, screen out.
        .testTarget(name: "EndToEndTests", dependencies: ["circledesk", "TestSupport", "TerminalKit"]),
    ],
    swiftLanguageModes: [.v6]
)
