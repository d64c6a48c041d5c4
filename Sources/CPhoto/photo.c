#include "CPhoto.h"

#include <string.h>
#include <vips/vips.h>

static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

int cd_photo_start(void) {
    // 1 ready, 2 failed; desks and tests call from several threads at once.
    static gsize state = 0;
    if (g_once_init_enter(&state)) {
        gsize outcome = 2;
        if (!VIPS_INIT("circledesk")) {
            // The library's warnings would be written over the desk's screen; failures are
            // told by the codes these functions return.
            g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO, quiet, NULL);
            // Loaders the project never asks for (ImageMagick, PDF, ...) stay shut; images
            // are decoded once, so caching operations would only hold memory.
            vips_block_untrusted_set(TRUE);
            vips_cache_set_max(0);
            vips_cache_set_max_mem(0);
            vips_concurrency_set(2);
            outcome = 1;
        }
        g_once_init_leave(&state, outcome);
    }
    return state == 1 ? 0 : -1;
}

/// A header-only (lazy) load with the format's own loader: no other loader is tried.
static VipsImage *open_header(const void *bytes, size_t length, int format) {
    VipsImage *image = NULL;
    void *buffer = (void *)bytes;
    int failed;
    switch (format) {
    case CD_PHOTO_JPEG: failed = vips_jpegload_buffer(buffer, length, &image, NULL); break;
    case CD_PHOTO_PNG: failed = vips_pngload_buffer(buffer, length, &image, NULL); break;
    case CD_PHOTO_HEIF: failed = vips_heifload_buffer(buffer, length, &image, NULL); break;
    default: return NULL;
    }
    return failed ? NULL : image;
}

/// The picture made 8-bit sRGB without alpha (alpha flattened on white), for JPEG and art.
static VipsImage *as_rgb(VipsImage *in) {
    VipsImage *a = NULL, *b = NULL, *c = NULL;
    g_object_ref(in);
    a = in;
    if (vips_image_hasalpha(a)) {
        double white[3] = {255, 255, 255};
        VipsArrayDouble *background = vips_array_double_new(white, 3);
        int failed = vips_flatten(a, &b, "background", background, NULL);
        vips_area_unref(VIPS_AREA(background));
        g_object_unref(a);
        if (failed) return NULL;
        a = b;
    }
    if (vips_image_guess_interpretation(a) != VIPS_INTERPRETATION_sRGB) {
        int failed = vips_colourspace(a, &c, VIPS_INTERPRETATION_sRGB, NULL);
        g_object_unref(a);
        if (failed) return NULL;
        a = c;
    }
    if (vips_image_get_format(a) != VIPS_FORMAT_UCHAR) {
        VipsImage *d = NULL;
        int failed = vips_cast_uchar(a, &d, NULL);
        g_object_unref(a);
        if (failed) return NULL;
        a = d;
    }
    return a;
}

/// The picture fitted in width × height (shrunk while loading where the format allows),
/// upright by its EXIF orientation, decoded to the end into memory: a truncated file is an
/// error here, not later while saving.
static VipsImage *fitted(const void *bytes, size_t length, int width, int height, int down_only) {
    VipsImage *image = NULL;
    if (vips_thumbnail_buffer((void *)bytes, length, &image, width, "height", height,
                              "size", down_only ? VIPS_SIZE_DOWN : VIPS_SIZE_BOTH,
                              "option_string", "fail_on=truncated", NULL))
        return NULL;
    VipsImage *rgb = as_rgb(image);
    g_object_unref(image);
    if (!rgb) return NULL;
    VipsImage *decoded = vips_image_copy_memory(rgb);
    g_object_unref(rgb);
    return decoded;
}

static int save_jpeg(VipsImage *image, int quality, int strip, unsigned char **out, size_t *length) {
    void *buffer = NULL;
    if (vips_jpegsave_buffer(image, &buffer, length, "Q", quality, "strip", strip, "optimize_coding", TRUE, NULL))
        return CD_PHOTO_FAILED;
    *out = buffer;
    return CD_PHOTO_OK;
}

int cd_photo_prepare(const void *bytes, size_t length, int format, int64_t max_pixels,
                     int max_side, int thumb_side, int keep_metadata, cd_photo *out) {
    memset(out, 0, sizeof *out);
    if (cd_photo_start()) return CD_PHOTO_FAILED;
    VipsImage *header = open_header(bytes, length, format);
    if (!header) { vips_error_clear(); return CD_PHOTO_UNREADABLE; }
    out->source_width = vips_image_get_width(header);
    out->source_height = vips_image_get_height(header);
    const char *taken = NULL;
    if (vips_image_get_typeof(header, "exif-ifd2-DateTimeOriginal") &&
        !vips_image_get_string(header, "exif-ifd2-DateTimeOriginal", &taken) && taken)
        g_strlcpy(out->taken, taken, sizeof out->taken);
    out->had_location = vips_image_get_typeof(header, "exif-ifd3-GPSLatitude") != 0;
    g_object_unref(header);
    if ((int64_t)out->source_width * out->source_height > max_pixels) return CD_PHOTO_TOO_LARGE;

    VipsImage *photo = fitted(bytes, length, max_side, max_side, 1);
    if (!photo) { vips_error_clear(); return CD_PHOTO_UNREADABLE; }
    out->photo_width = vips_image_get_width(photo);
    out->photo_height = vips_image_get_height(photo);
    int status = save_jpeg(photo, 82, !keep_metadata, &out->photo, &out->photo_length);
    if (status == CD_PHOTO_OK) {
        VipsImage *thumb = NULL;
        if (vips_thumbnail_image(photo, &thumb, thumb_side, "height", thumb_side, "size", VIPS_SIZE_DOWN, NULL))
            status = CD_PHOTO_FAILED;
        else {
            status = save_jpeg(thumb, 75, 1, &out->thumb, &out->thumb_length);
            g_object_unref(thumb);
        }
    }
    g_object_unref(photo);
    if (status != CD_PHOTO_OK) { vips_error_clear(); cd_photo_release(out); }
    return status;
}

void cd_photo_release(cd_photo *photo) {
    g_free(photo->photo);
    g_free(photo->thumb);
    photo->photo = photo->thumb = NULL;
    photo->photo_length = photo->thumb_length = 0;
}

int cd_photo_pixels(const void *bytes, size_t length, int max_width, int max_height,
                    unsigned char **rgb, int *width, int *height) {
    *rgb = NULL;
    if (cd_photo_start()) return CD_PHOTO_FAILED;
    VipsImage *image = fitted(bytes, length, max_width, max_height, 0);
    if (!image) { vips_error_clear(); return CD_PHOTO_UNREADABLE; }
    if (vips_image_get_bands(image) != 3) {
        VipsImage *three = NULL;
        int failed = vips_extract_band(image, &three, 0, "n", 3, NULL);
        g_object_unref(image);
        if (failed) { vips_error_clear(); return CD_PHOTO_FAILED; }
        image = three;
    }
    size_t size = 0;
    *rgb = vips_image_write_to_memory(image, &size);
    *width = vips_image_get_width(image);
    *height = vips_image_get_height(image);
    g_object_unref(image);
    if (!*rgb) { vips_error_clear(); return CD_PHOTO_FAILED; }
    return CD_PHOTO_OK;
}

void cd_photo_free(void *pointer) { g_free(pointer); }

static void ink(double out[3], uint32_t rgb) {
    out[0] = (rgb >> 16) & 0xff;
    out[1] = (rgb >> 8) & 0xff;
    out[2] = rgb & 0xff;
}

int cd_photo_sample(int width, int height, uint32_t sky, uint32_t field, const char *caption,
                    const char *font, int quality, unsigned char **jpeg, size_t *length) {
    *jpeg = NULL;
    if (cd_photo_start()) return CD_PHOTO_FAILED;
    VipsImage *black = NULL, *canvas = NULL;
    if (vips_black(&black, width, height, "bands", 3, NULL)) return CD_PHOTO_FAILED;
    double one[3] = {1, 1, 1}, colour[3];
    ink(colour, sky);
    VipsImage *painted = NULL, *bytes = NULL;
    int failed = vips_linear(black, &painted, one, colour, 3, NULL) || vips_cast_uchar(painted, &bytes, NULL);
    g_object_unref(black);
    if (painted) g_object_unref(painted);
    if (failed) return CD_PHOTO_FAILED;
    canvas = vips_image_copy_memory(bytes);
    g_object_unref(bytes);
    if (!canvas) return CD_PHOTO_FAILED;
    canvas->Type = VIPS_INTERPRETATION_sRGB;

    int horizon = height * 3 / 5;
    double c[3];
    ink(c, field);
    vips_draw_rect(canvas, c, 3, 0, horizon, width, height - horizon, "fill", TRUE, NULL);
    ink(c, 0xf5c542);
    vips_draw_circle(canvas, c, 3, width * 4 / 5, height / 5, height / 10, "fill", TRUE, NULL);
    // A house on the horizon: walls, a roof of lines, a door.
    int house = width / 4, top = horizon - height / 4;
    ink(c, 0xe8e2d0);
    vips_draw_rect(canvas, c, 3, house, top, width / 4, height / 4, "fill", TRUE, NULL);
    ink(c, 0x8c3b2e);
    for (int row = 0; row < height / 8; row++)
        vips_draw_line(canvas, c, 3, house - row + height / 8, top - height / 8 + row,
                       house + width / 4 + row - height / 8, top - height / 8 + row, NULL);
    ink(c, 0x5a3a22);
    vips_draw_rect(canvas, c, 3, house + width / 10, horizon - height / 8, width / 20, height / 8, "fill", TRUE, NULL);
    // Two people before the house: the cadre in the League's red, the young person in blue.
    int tall = height / 5, head = height / 28;
    for (int person = 0; person < 2; person++) {
        int x = width / 2 + person * width / 8, feet = horizon + height / 10;
        ink(c, person ? 0x2e5aa8 : 0xc8282d);
        vips_draw_rect(canvas, c, 3, x - head, feet - tall + 2 * head, 2 * head, tall - 2 * head, "fill", TRUE, NULL);
        ink(c, 0xe0b48a);
        vips_draw_circle(canvas, c, 3, x, feet - tall + head, head, "fill", TRUE, NULL);
    }
    // The caption on a dark band, as a phone's watermark app writes it.
    ink(c, 0x202020);
    vips_draw_rect(canvas, c, 3, 0, height - height / 6, width, height / 6, "fill", TRUE, NULL);
    VipsImage *text = NULL;
    if (caption && *caption && !vips_text(&text, caption, "font", font, "width", width - 16, NULL)) {
        ink(c, 0xffffff);
        int y = height - height / 6 + (height / 6 - vips_image_get_height(text)) / 2;
        vips_draw_mask(canvas, c, 3, text, 8, y < 0 ? 0 : y, NULL);
        g_object_unref(text);
    }
    vips_error_clear();
    int status = save_jpeg(canvas, quality, 1, jpeg, length);
    g_object_unref(canvas);
    return status;
}
