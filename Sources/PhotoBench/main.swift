// Photos' speed: taking a phone's photo in, and the viewer's keys at the desk (key to
// finished frame, first sight and again), beside the art alone — libchafa on libvips's
// pixels, which every frame that shows a photo costs at least.
//
// Usage: photo-bench DATABASE [ROUNDS]
import App
import BenchSupport
import Foundation
import LeagueCore
import Photos
import Store
import TerminalKit

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: photo-bench DATABASE [ROUNDS]\n".utf8))
    exit(1)
}
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 10 : 10
let now = CountyTime.parseInstant("2026-11-28T09:00:00+08:00")!

func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

// A 12-megapixel picture, as a phone's main camera takes it.
let phone = SamplePicture.jpeg(width: 4000, height: 3000, sky: 0x9CC9E8, field: 0x5B8C3A, caption: "泗溪镇前岭村 2026-11-20")!
var prepared: PreparedPhoto?
let prepare = (0..<rounds).map { _ in milliseconds { prepared = try? PreparedPhoto.prepare(phone).get() } }
guard let kept = prepared else { fatalError("the phone's picture was not taken in") }
print(String(format: "take in a 12-megapixel JPEG (%.1f MB): median %.1f ms → %d×%d, %.0f KB and a %.0f KB thumbnail",
             Double(phone.count) / 1_048_576, median(prepare), kept.width, kept.height,
             Double(kept.photo.count) / 1024, Double(kept.thumbnail.count) / 1024))

// The desk: four photos on the queue's first request, in a copy of the county in memory.
let database = try AppDatabase.inMemory(copyOf: arguments[1])
let desk = try database.operatorAccount(login: "wangmin")!
let row = try database.requests.queuePage(filter: QueueFilter(), sort: .priority, from: nil, direction: .after, limit: 1, now: now)[0]
let photos = [(0x9CC9E8, 0x5B8C3A), (0xB7D3E6, 0x8A9A3B), (0xC9D6DF, 0x4F7F52), (0x8FB8DE, 0xA08A4A)].enumerated().map { index, colours in
    (name: "现场\(index).jpg", bytes: SamplePicture.jpeg(width: 1600, height: 1200, sky: UInt32(colours.0), field: UInt32(colours.1),
                                                       caption: "现场 \(index)")!)
}
_ = try database.photos.attach(photos, toRequest: row.id, version: row.version, by: desk, at: now)

for (width, height, graphics) in [(80, 24, Graphics?.none), (200, 60, nil), (200, 60, .sixel)] {
    let backend = MemoryBackend(size: Size(width: width, height: height))
    backend.pictures = PictureSupport(colors: 256, graphics: graphics)
    let state = AppState(language: .zh, size: backend.size, now: now, account: desk, vocabulary: try database.vocabulary(),
                         countyName: "泰顺县", isSampleData: true)
    let runtime = Runtime(state: state, environment: StoreEnvironment(database: database, account: desk, language: .zh, clock: { now }),
                          backend: backend)
    runtime.start()
    runtime.handle(.key(.enter))
    var first: [Double] = [], again: [Double] = []
    for round in 0..<rounds {
        for key in [Key.character("v"), .right, .right, .right, .left, .left, .left, .escape] {
            let time = milliseconds { runtime.handle(.key(key)) }
            if round == 0 { first.append(time) } else { again.append(time) }
        }
    }
    // The art alone for the cells the viewer gives a 4:3 photo (cells of 10×20 pixels), as
    // the first sight makes it.
    let rows = height - 3
    let area = Rect(x: 0, y: 1, width: min(width, Int((Double(rows * 20) * 4 / 3 / 10).rounded())), height: rows)
    let art = (0..<rounds).map { index in
        milliseconds {
            let bytes = database.photos.bytes(of: try! database.photos.photos(ofRequest: row.id)[index % 4])!
            if let graphics {
                _ = PhotoArt.image(of: bytes, columns: area.width, rows: area.height, cellWidth: 10, cellHeight: 20,
                                   graphics: graphics == .kitty ? .kitty : .sixel)
            } else {
                _ = PhotoArt.cells(of: bytes, columns: area.width, rows: area.height, colors: .full, narrowOnly: false)
            }
        }
    }
    print(String(format: "viewer %d×%d %@: first sight key→frame median %.1f ms (max %.1f) · again median %.2f ms p99 %.2f ms · floor (art alone) median %.1f ms",
                 width, height, graphics?.rawValue ?? "blocks", median(first), first.max() ?? 0, median(again), percentile(again, 0.99), median(art)))
}
