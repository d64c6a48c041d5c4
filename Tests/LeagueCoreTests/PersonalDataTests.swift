import LeagueCore
import Testing

@Suite struct PersonalDataTests {
    @Test("pinyin keys hold the readings run together and their initials, the usual one first")
    func pinyinKeys() {
        #expect(Pinyin.searchKeys("张传相") == "zhangchuanxiang zhangzhuanxiang zcx zzx")
        #expect(Pinyin.searchKeys("曾敏") == "zengmin cengmin zm cm")
        #expect(Pinyin.searchKeys("李·A2") == "lia2 la2")
        #expect(Pinyin.searchKeys("·") == "")
        #expect(Pinyin.matches(keys: Pinyin.searchKeys("张传相"), query: "ZCX"))
        #expect(Pinyin.matches(keys: Pinyin.searchKeys("张传相"), query: "zhangc"))
        #expect(!Pinyin.matches(keys: Pinyin.searchKeys("张传相"), query: "cx"))
        #expect(!Pinyin.matches(keys: Pinyin.searchKeys("张传相"), query: ""))
        #expect(Pinyin.isQuery("zcx") && !Pinyin.isQuery("张") && !Pinyin.isQuery("z1"))
        #expect(Pinyin.reading("罗阳") == "luoyang" && Pinyin.reading("单桥") == "danqiao")
    }

    @Test("mobile numbers are read the way people write them, and only mobiles pass")
    func mobiles() {
        for written in ["13812345678", "１３８１２３４５６７８", "138　1234－5678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "8613812345678", "008613812345678"] {
            #expect(MainlandMobile.normalized(written) == "13812345678", "\(written)")
        }
        for bad in ["", "1381234567", "138123456789", "12812345678", "23812345678", "0577-6351234", "1381234567x", "１３８１２３４５６７"] {
            #expect(MainlandMobile.normalized(bad) == nil, "\(bad)")
        }
        #expect(PhoneMask.mask("13812345678") == "138****5678")
    }
}
