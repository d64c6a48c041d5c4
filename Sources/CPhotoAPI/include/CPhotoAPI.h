#ifndef CIRCLEDESK_CPHOTO_API_H
#define CIRCLEDESK_CPHOTO_API_H

// Photos through libvips (decode, orient, shrink, re-encode) and libchafa (terminal art),
// which live in a plugin, libcircledesk-photo.so (the CPhoto target), loaded on first use:
// libvips brings about a hundred shared libraries, and a desk that shows no photo should not
// wait for the dynamic linker to map them. This header is what the program and the plugin
// share: plain buffers, codes, and the table of the plugin's functions.

#include <stddef.h>
#include <stdint.h>

// Nullability is clang's, for Swift to read; other compilers build the plugin without it.
#if !defined(__clang__)
#define _Nullable
#define _Nonnull
#endif

enum cd_photo_status {
    CD_PHOTO_OK = 0,
    /// Not a picture the loader could read to the end (cut short, damaged, not that format).
    CD_PHOTO_UNREADABLE = 1,
    /// More pixels than the limit, known from the header before anything is decoded.
    CD_PHOTO_TOO_LARGE = 2,
    /// The library failed on a picture it had read (out of memory, an encoder error).
    CD_PHOTO_FAILED = 3,
};

enum cd_photo_format { CD_PHOTO_JPEG = 1, CD_PHOTO_PNG = 2, CD_PHOTO_HEIF = 3 };

typedef struct {
    /// The picture's size as its header gives it, before turning it upright.
    int source_width, source_height;
    /// EXIF DateTimeOriginal as written ("YYYY:MM:DD HH:MM:SS"), or empty.
    char taken[20];
    /// Whether the picture carried EXIF GPS position tags.
    int had_location;
    /// The photo as kept: JPEG, upright, its longer side at most max_side.
    unsigned char * _Nullable photo;
    size_t photo_length;
    int photo_width, photo_height;
    /// A small JPEG for strips and printed sheets.
    unsigned char * _Nullable thumb;
    size_t thumb_length;
} cd_photo;

/// How art is drawn.
enum cd_art_colors { CD_ART_COLORS_NONE = 0, CD_ART_COLORS_8 = 8, CD_ART_COLORS_16 = 16, CD_ART_COLORS_256 = 256 };

/// The plugin's functions. `version` is CD_PHOTO_API_VERSION of the plugin's build: a
/// program refuses a plugin of another version (an upgrade that replaced one but not the
/// other).
#define CD_PHOTO_API_VERSION 1
typedef struct {
    int version;
    /// Reads `bytes` as `format`, refuses more than `max_pixels`, and makes the kept photo and
    /// its thumbnail. Metadata is dropped unless `keep_metadata`. Free with `release`.
    int (* _Nonnull prepare)(const void * _Nullable bytes, size_t length, int format, int64_t max_pixels,
                             int max_side, int thumb_side, int keep_metadata, cd_photo * _Nonnull out);
    void (* _Nonnull release)(cd_photo * _Nonnull photo);
    /// 8-bit RGB pixels of a kept photo (or thumbnail) fitted into max_width × max_height.
    /// Free `*rgb` with `free`.
    int (* _Nonnull pixels)(const void * _Nullable bytes, size_t length, int max_width, int max_height,
                            unsigned char * _Nullable * _Nonnull rgb, int * _Nonnull width, int * _Nonnull height);
    void (* _Nonnull free)(void * _Nullable pointer);
    /// A generated picture for the sample county: a sky over fields, a house, two people, and
    /// `caption` drawn in with `font` (Pango's words, e.g. "Noto Sans CJK SC 20"). JPEG at `quality`.
    int (* _Nonnull sample)(int width, int height, uint32_t sky, uint32_t field, const char * _Nonnull caption,
                            const char * _Nonnull font, int quality, unsigned char * _Nullable * _Nonnull jpeg, size_t * _Nonnull length);
    /// Symbols and colour indices for `columns` × `rows` cells from RGB pixels: chars[i] is a
    /// Unicode scalar, fg[i] and bg[i] palette indices (-1 for the terminal's own). When
    /// `narrow_only`, symbols whose width East Asian terminals disagree on are left out.
    int (* _Nonnull art_cells)(const unsigned char * _Nonnull rgb, int width, int height, int columns, int rows,
                               int colors, int narrow_only, uint32_t * _Nonnull chars, int * _Nonnull fg, int * _Nonnull bg);
    /// The same pixels as a sixel image (`kitty` nonzero: kitty's graphics protocol) filling
    /// `columns` × `rows` cells of `cell_width` × `cell_height` pixels. Free with `free`.
    int (* _Nonnull art_image)(const unsigned char * _Nonnull rgb, int width, int height, int columns, int rows,
                               int cell_width, int cell_height, int kitty, char * _Nullable * _Nonnull out, size_t * _Nonnull length);
} cd_photo_api;

/// The plugin's one exported function.
#define CD_PHOTO_API_ENTRY "circledesk_photo_api"

/// Loads the plugin at `path` and returns its table, or NULL with why (the dynamic linker's
/// words, or the versions that differ) in `why`.
const cd_photo_api * _Nullable cd_photo_load(const char * _Nonnull path, char * _Nonnull why, size_t why_size);

#endif
