#include "CPhotoAPI.h"

#include <dlfcn.h>
#include <stdio.h>

const cd_photo_api *cd_photo_load(const char *path, char *why, size_t why_size) {
    // Its own names stay its own (RTLD_LOCAL); every library it needs is bound now, so a
    // missing one is told here and not at the first photo.
    void *plugin = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!plugin) {
        snprintf(why, why_size, "%s", dlerror());
        return NULL;
    }
    const cd_photo_api *(*entry)(void) = (const cd_photo_api *(*)(void))dlsym(plugin, CD_PHOTO_API_ENTRY);
    const cd_photo_api *api = entry ? entry() : NULL;
    if (!api) {
        snprintf(why, why_size, "%s: no %s", path, CD_PHOTO_API_ENTRY);
    } else if (api->version != CD_PHOTO_API_VERSION) {
        snprintf(why, why_size, "%s is version %d, this program needs version %d", path, api->version, CD_PHOTO_API_VERSION);
        api = NULL;
    }
    if (!api) dlclose(plugin);
    return api;
}
