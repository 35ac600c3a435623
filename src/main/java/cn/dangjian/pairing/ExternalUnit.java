package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 共建单位: an outside organisation a branch pairs with. */
@Entity
@Table(name = "pairing_external_unit")
public class ExternalUnit extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = 150)
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 30)
    private ExternalUnitType type = ExternalUnitType.OTHER;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "alliance_level", nullable = false, length = 30)
    private AllianceLevel allianceLevel = AllianceLevel.SOCIETY;

    @Size(max = 50, message = "{validation.tooLong}")
    @Column(name = "contact_person", length = 50)
    private @Nullable String contactPerson;

    @Size(max = 30, message = "{validation.tooLong}")
    @Column(name = "contact_phone", length = 30)
    private @Nullable String contactPhone;

    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "address", length = 200)
    private @Nullable String address;

    public ExternalUnit() {}

    public ExternalUnit(String name, ExternalUnitType type, AllianceLevel allianceLevel) {
        this.name = name;
        this.type = type;
        this.allianceLevel = allianceLevel;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ExternalUnitType getType() {
        return type;
    }

    public void setType(ExternalUnitType type) {
        this.type = type;
    }

    public AllianceLevel getAllianceLevel() {
        return allianceLevel;
    }

    public void setAllianceLevel(AllianceLevel allianceLevel) {
        this.allianceLevel = allianceLevel;
    }

    public @Nullable String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(@Nullable String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type);
        m.put("allianceLevel", allianceLevel);
        m.put("contactPerson", contactPerson);
        m.put("contactPhone", contactPhone);
        m.put("address", address);
        return m;
    }
}
