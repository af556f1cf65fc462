// The header as a C++17 caller sees it: compiles warning-free and links.
#include "hardmatch.h"

#include <cstdio>
#include <cstring>
#include <string>

int main() {
    const std::string guid = "02347d41-d494-480c-a212-6e645f458fdb";
    char out[64];
    size_t len = 0;
    int32_t status = hm_convert(HM_FORMAT_GUID, HM_FORMAT_IMMUTABLE_ID, reinterpret_cast<const uint8_t *>(guid.data()),
                                guid.size(), reinterpret_cast<uint8_t *>(out), sizeof out, &len);
    bool ok = status == HM_STATUS_OK && std::strcmp(out, "QX00ApTUDEiiEm5kX0WP2w==") == 0;
    HmDiagnosis d{};
    ok = ok && hm_diagnose(reinterpret_cast<const uint8_t *>(out), len, &d) == HM_STATUS_OK && d.verdict == HM_VERDICT_GUID_ANCHOR;
    std::printf("%d passed, %d failed\n", ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : 1;
}
