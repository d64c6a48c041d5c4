import Foundation
import Photos
import TestSupport
import Testing

@Suite struct PhotoArtTests {
    /// The palette's grey level of an index of xterm's 256 colours (0 black … 1 white).
    private func lightness(_ index: UInt8?) -> Double? {
        guard let index else { return nil }
        switch index {
        case 0..<16: return [0, 7, 8, 15].contains(index) ? [0: 0, 7: 0.75, 8: 0.5, 15: 1][index] : 0.4
        case 16..<232:
            let i = Int(index) - 16
            return Double(i / 36 + (i / 6) % 6 + i % 6) / 15
        default: return Double(Int(index) - 232) / 23
        }
    }

    @Test("a photo half black, half white is drawn dark on the left and light on the right, in block symbols")
    func halves() throws {
        let folder = TemporaryFolder()
        let photo = try PreparedPhoto.prepare(try PhotoFiles.bytes(try PhotoFiles.png(320, 160, in: folder))).get().photo
        let cells = try #require(PhotoArt.cells(of: photo, columns: 40, rows: 10, colors: .full, narrowOnly: false))
        #expect(cells.count == 10 && cells.allSatisfy { $0.count == 40 })
        for row in cells {
            // A solid area is a cell of one colour: as background of a space or foreground of a block.
            let left = row[2], right = row[37]
            let leftShade = left.symbol == " " ? lightness(left.background) : lightness(left.foreground)
            let rightShade = right.symbol == " " ? lightness(right.background) : lightness(right.foreground)
            #expect((leftShade ?? 1) < 0.2 && (rightShade ?? 0) > 0.8, "row: \(row.map { String(Character($0.symbol)) }.joined())")
        }
        let symbols = Set(cells.joined().map(\.symbol))
        #expect(symbols.allSatisfy { $0 == " " || (0x2580...0x259F).contains($0.value) }, "\(symbols)")
    }

    @Test("for terminals whose font draws ambiguous blocks wide, only narrow symbols are used")
    func narrowOnly() throws {
        let photo = try #require(SamplePicture.jpeg(width: 320, height: 240, sky: 0x87ceeb, field: 0x3a7d2c, caption: "前岭村 2026-11-20"))
        let cells = try #require(PhotoArt.cells(of: photo, columns: 30, rows: 10, colors: .sixteen, narrowOnly: true))
        // ▀ ▄ █ ▌ ▐ and the shades are East Asian "ambiguous"; the quadrants are not.
        let ambiguous: Set<UInt32> = [0x2580, 0x2581, 0x2582, 0x2583, 0x2584, 0x2585, 0x2586, 0x2587, 0x2588, 0x2589, 0x258A, 0x258B,
                                      0x258C, 0x258D, 0x258E, 0x258F, 0x2590, 0x2591, 0x2592, 0x2593, 0x2594, 0x2595]
        #expect(!cells.joined().contains { ambiguous.contains($0.symbol.value) })
        #expect(cells.joined().allSatisfy { ($0.foreground ?? 0) < 16 && ($0.background ?? 0) < 16 })
    }

    @Test("sixel and kitty images start with their protocol's introducer")
    func images() throws {
        let photo = try #require(SamplePicture.jpeg(width: 320, height: 240, sky: 0x87ceeb, field: 0x3a7d2c, caption: "前岭村"))
        let sixel = try #require(PhotoArt.image(of: photo, columns: 20, rows: 6, cellWidth: 10, cellHeight: 20, graphics: .sixel))
        #expect(String(decoding: sixel.prefix(8), as: UTF8.self).contains("\u{1B}P"))
        #expect(String(decoding: sixel.suffix(2), as: UTF8.self) == "\u{1B}\\")
        let kitty = try #require(PhotoArt.image(of: photo, columns: 20, rows: 6, cellWidth: 10, cellHeight: 20, graphics: .kitty))
        #expect(String(decoding: kitty.prefix(3), as: UTF8.self) == "\u{1B}_G")
    }
}
