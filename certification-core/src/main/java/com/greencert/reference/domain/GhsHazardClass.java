package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Locale;

/**
 * The hazard classes of the Globally Harmonized System (GHS, UN Rev. 10; in China the GB 30000.2 to
 * GB 30000.29 series), with their English and Chinese names. The category is told by the hazard statements.
 */
public enum GhsHazardClass {
    EXPLOSIVES("Explosives", "爆炸物"),
    FLAMMABLE_GASES("Flammable gases", "易燃气体"),
    AEROSOLS("Aerosols", "气溶胶"),
    OXIDIZING_GASES("Oxidizing gases", "氧化性气体"),
    GASES_UNDER_PRESSURE("Gases under pressure", "加压气体"),
    FLAMMABLE_LIQUIDS("Flammable liquids", "易燃液体"),
    FLAMMABLE_SOLIDS("Flammable solids", "易燃固体"),
    SELF_REACTIVE_SUBSTANCES("Self-reactive substances and mixtures", "自反应物质和混合物"),
    PYROPHORIC_LIQUIDS("Pyrophoric liquids", "自燃液体"),
    PYROPHORIC_SOLIDS("Pyrophoric solids", "自燃固体"),
    SELF_HEATING_SUBSTANCES("Self-heating substances and mixtures", "自热物质和混合物"),
    WATER_REACTIVE_FLAMMABLE_GAS("Substances and mixtures which, in contact with water, emit flammable gases",
            "遇水放出易燃气体的物质和混合物"),
    OXIDIZING_LIQUIDS("Oxidizing liquids", "氧化性液体"),
    OXIDIZING_SOLIDS("Oxidizing solids", "氧化性固体"),
    ORGANIC_PEROXIDES("Organic peroxides", "有机过氧化物"),
    CORROSIVE_TO_METALS("Corrosive to metals", "金属腐蚀物"),
    DESENSITIZED_EXPLOSIVES("Desensitized explosives", "退敏爆炸物"),
    ACUTE_TOXICITY("Acute toxicity", "急性毒性"),
    SKIN_CORROSION_IRRITATION("Skin corrosion/irritation", "皮肤腐蚀/刺激"),
    SERIOUS_EYE_DAMAGE_IRRITATION("Serious eye damage/eye irritation", "严重眼损伤/眼刺激"),
    RESPIRATORY_SENSITIZATION("Respiratory sensitization", "呼吸道致敏物"),
    SKIN_SENSITIZATION("Skin sensitization", "皮肤致敏物"),
    GERM_CELL_MUTAGENICITY("Germ cell mutagenicity", "生殖细胞致突变性"),
    CARCINOGENICITY("Carcinogenicity", "致癌性"),
    REPRODUCTIVE_TOXICITY("Reproductive toxicity", "生殖毒性"),
    STOT_SINGLE_EXPOSURE("Specific target organ toxicity – single exposure", "特异性靶器官毒性 一次接触"),
    STOT_REPEATED_EXPOSURE("Specific target organ toxicity – repeated exposure", "特异性靶器官毒性 反复接触"),
    ASPIRATION_HAZARD("Aspiration hazard", "吸入危害"),
    HAZARDOUS_TO_AQUATIC_ENVIRONMENT("Hazardous to the aquatic environment", "危害水生环境"),
    HAZARDOUS_TO_OZONE_LAYER("Hazardous to the ozone layer", "危害臭氧层");

    private final String nameEn;
    private final String nameZh;

    GhsHazardClass(String nameEn, String nameZh) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    /** The class's name in English or, for {@code zh}, in Chinese. */
    public String displayName(String language) {
        return "zh".equals(language) ? nameZh : nameEn;
    }

    public static GhsHazardClass of(String name) {
        try {
            return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("ghs.class.unknown", String.valueOf(name));
        }
    }
}
