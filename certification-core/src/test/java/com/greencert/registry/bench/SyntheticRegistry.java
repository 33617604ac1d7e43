package com.greencert.registry.bench;

import com.greencert.registry.domain.CertificationStatus;
import com.greencert.registry.domain.PublishedFacility;
import com.greencert.registry.domain.PublishedProduct;
import com.greencert.registry.domain.PublishedProfile;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.supplier.domain.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic registry for the benchmark (bench/registry-*.sh): N suppliers with Chinese and English names built
 * from real Chinese place names and industry words, ~6.7 products each (HS codes, UN numbers, GHS classes), a
 * facility or two, and for 40 % a certification. Deterministic for a seed, so the SQL load (MariaDB FULLTEXT,
 * the API) and the in-process Lucene floor search the same rows.
 */
public final class SyntheticRegistry {

    /** A place: Chinese, pinyin as typed, and the USCC division code of its province. */
    record Place(String zh, String en, String division) {
    }

    /** A product kind: names, HS code (6 digits), UN number, transport class, GHS classes. */
    record Kind(String en, String zh, String hs, String un, String transportClass, String ghs) {
    }

    static final List<Place> PLACES = List.of(new Place("浙江", "Zhejiang", "330000"), new Place("江苏", "Jiangsu", "320000"),
            new Place("广东", "Guangdong", "440000"), new Place("山东", "Shandong", "370000"), new Place("福建", "Fujian", "350000"),
            new Place("湖北", "Hubei", "420000"), new Place("四川", "Sichuan", "510000"), new Place("河北", "Hebei", "130000"),
            new Place("宁波", "Ningbo", "330200"), new Place("湖州", "Huzhou", "330500"), new Place("苏州", "Suzhou", "320500"),
            new Place("深圳", "Shenzhen", "440300"), new Place("东莞", "Dongguan", "441900"), new Place("青岛", "Qingdao", "370200"),
            new Place("厦门", "Xiamen", "350200"), new Place("武汉", "Wuhan", "420100"), new Place("成都", "Chengdu", "510100"),
            new Place("天津", "Tianjin", "120000"), new Place("上海", "Shanghai", "310000"), new Place("无锡", "Wuxi", "320200"),
            new Place("常州", "Changzhou", "320400"), new Place("泰兴", "Taixing", "321200"), new Place("温州", "Wenzhou", "330300"),
            new Place("佛山", "Foshan", "440600"), new Place("惠州", "Huizhou", "441300"), new Place("淄博", "Zibo", "370300"));
    static final String[][] BRANDS = {{"绿能", "GreenPower"}, {"清源", "Qingyuan"}, {"华美", "Huamei"}, {"恒泰", "Hengtai"},
        {"金龙", "Jinlong"}, {"天成", "Tiancheng"}, {"宏达", "Hongda"}, {"永盛", "Yongsheng"}, {"光明", "Guangming"},
        {"东方", "Dongfang"}, {"远航", "Yuanhang"}, {"瑞丰", "Ruifeng"}, {"中科", "Zhongke"}, {"百川", "Baichuan"},
        {"新安", "Xin'an"}, {"万华", "Wanhua"}, {"德邦", "Debang"}, {"海力", "Haili"}, {"鑫源", "Xinyuan"}, {"宇通", "Yutong"},
        {"正泰", "Zhengtai"}, {"亿纬", "Yiwei"}, {"长城", "Great Wall"}, {"星辰", "Xingchen"}, {"蓝天", "Blue Sky"},
        {"碧水", "Clear Water"}, {"安达", "Anda"}, {"联创", "Lianchuang"}, {"博能", "Boneng"}, {"富海", "Fuhai"}};
    static final String[][] INDUSTRIES = {{"电池", "Battery"}, {"化工", "Chemical"}, {"新能源", "New Energy"},
        {"涂料", "Coatings"}, {"塑料", "Plastics"}, {"电子", "Electronics"}, {"新材料", "New Materials"}, {"科技", "Technology"},
        {"能源科技", "Energy Technology"}, {"精细化工", "Fine Chemicals"}};
    static final List<Kind> KINDS = List.of(
            new Kind("Lithium-ion battery pack", "锂离子电池组", "850760", "3480", "9", ""),
            new Kind("Lithium-ion cell", "锂离子电芯", "850760", "3480", "9", ""),
            new Kind("Lithium metal battery", "锂金属电池", "850650", "3090", "9", ""),
            new Kind("Lead-acid battery", "铅酸蓄电池", "850710", "2794", "8", "SKIN_CORROSION_IRRITATION"),
            new Kind("Acetone", "丙酮", "291411", "1090", "3", "FLAMMABLE_LIQUIDS SERIOUS_EYE_DAMAGE_IRRITATION"),
            new Kind("Solvent-based paint", "溶剂型涂料", "320810", "1263", "3", "FLAMMABLE_LIQUIDS"),
            new Kind("Sodium hydroxide solution", "氢氧化钠溶液", "281512", "1824", "8", "SKIN_CORROSION_IRRITATION"),
            new Kind("PVC resin", "聚氯乙烯树脂", "390410", null, null, ""),
            new Kind("Epoxy adhesive", "环氧胶粘剂", "350691", "1133", "3", "FLAMMABLE_LIQUIDS SKIN_SENSITIZATION"),
            new Kind("Hydrogen peroxide", "过氧化氢", "284700", "2014", "5.1", "OXIDIZING_LIQUIDS ACUTE_TOXICITY"),
            new Kind("Polyethylene film", "聚乙烯薄膜", "392010", null, null, ""),
            new Kind("Printed circuit board", "印刷电路板", "853400", null, null, ""),
            new Kind("Ethanol", "乙醇", "220710", "1170", "3", "FLAMMABLE_LIQUIDS"),
            new Kind("Sulphuric acid", "硫酸", "280700", "1830", "8", "SKIN_CORROSION_IRRITATION"),
            new Kind("Solar module", "太阳能组件", "854143", null, null, ""),
            new Kind("Aerosol spray paint", "气雾喷漆", "321000", "1950", "2.1", "AEROSOLS"));
    static final String[][] SCHEMES = {{"GCE", "Green Chemistry Excellence", "sinoeco-cert", "SinoEco Certification Centre", "SEC"},
        {"CGM-CHEM", "Cathay Green Mark for Chemicals", "cqc-green", "Cathay Green Certification Co.", "CGC"}};
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final long seed;

    public SyntheticRegistry(long seed) {
        this.seed = seed;
    }

    /** The i-th supplier (the same for the same seed and i). */
    public Supplier supplier(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        Place place = PLACES.get(r.nextInt(PLACES.size()));
        String[] brand = BRANDS[r.nextInt(BRANDS.length)];
        String[] industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
        String id = "syn-" + i;
        String zh = place.zh() + brand[0] + industry[0] + "有限公司";
        String en = place.en() + " " + brand[1] + " " + industry[1] + (r.nextBoolean() ? " Co., Ltd." : " Limited");
        if (i % 7 == 0) { // names repeat across the country: a branch number makes them unique
            zh = place.zh() + brand[0] + industry[0] + (i % 97) + "号有限公司";
            en = place.en() + " " + brand[1] + " " + industry[1] + " No. " + (i % 97) + " Co., Ltd.";
        }
        String uscc = uscc(place.division(), i);
        Visibility registration = r.nextInt(10) < 8 ? Visibility.PUBLIC : Visibility.PRIVATE;
        Visibility addresses = r.nextInt(10) < 3 ? Visibility.PUBLIC : Visibility.PRIVATE;
        String address = (r.nextInt(300) + 1) + " " + brand[1] + " Road, " + place.en();
        PublishedProfile profile = PublishedProfile.of(id, en, zh, "CN", uscc, address, Visibility.PUBLIC, registration, addresses);
        int productCount = 1 + r.nextInt(12); // mean 6.5
        List<PublishedProduct> products = new ArrayList<>();
        for (int p = 0; p < productCount; p++) {
            Kind k = KINDS.get(r.nextInt(KINDS.size()));
            String model = k.hs().startsWith("85") ? " " + (r.nextBoolean() ? "18650" : "21700") + "-" + r.nextInt(100) : "";
            products.add(PublishedProduct.of(id, k.en() + model, k.zh(), k.hs() + String.format("%04d", r.nextInt(10) * 10),
                    k.un(), k.transportClass(), k.ghs()));
        }
        List<PublishedFacility> facilities = new ArrayList<>();
        for (int f = 0, n = 1 + r.nextInt(2); f < n; f++) {
            facilities.add(PublishedFacility.of(id, place.en() + " plant " + (f + 1), address, "CN"));
        }
        List<CertificationEntry> certs = new ArrayList<>();
        if (r.nextInt(10) < 4) {
            String[] s = SCHEMES[r.nextInt(SCHEMES.length)];
            int roll = r.nextInt(20);
            CertificationStatus status = roll < 16 ? CertificationStatus.VALID : roll < 18 ? CertificationStatus.SUSPENDED
                    : CertificationStatus.EXPIRED;
            certs.add(new CertificationEntry(s[4] + "-" + s[0] + "-2026-" + String.format("%06d", i), s[0], s[1], s[2], s[3], status));
        }
        return new Supplier(profile, products, facilities, certs, brand, place);
    }

    /** One synthetic supplier's rows and the words it was made of (the query set picks from them). */
    public record Supplier(PublishedProfile profile, List<PublishedProduct> products, List<PublishedFacility> facilities,
            List<CertificationEntry> certifications, String[] brand, Place place) {
        public SupplierDocument document() {
            return profile.document(products, facilities, certifications).orElseThrow();
        }
    }

    static String uscc(String division, int i) {
        String first17 = "91" + division + String.format("MA%07d", i).replace('I', 'J');
        first17 = first17.substring(0, 17);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += USCC_ALPHABET.indexOf(first17.charAt(k)) * USCC_WEIGHTS[k];
        }
        return first17 + USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
