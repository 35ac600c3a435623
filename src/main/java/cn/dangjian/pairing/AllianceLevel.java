package cn.dangjian.pairing;

/** The three levels of the alliance (三级党建联盟): within the hospital, the medical alliance, society. */
public enum AllianceLevel {
    HOSPITAL,
    MEDICAL_ALLIANCE,
    SOCIETY
}
