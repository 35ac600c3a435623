package cn.dangjian.organization;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "hospital")
public class Hospital extends BaseEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name = "";

    @Column(name = "short_name", length = 50)
    private @Nullable String shortName;

    protected Hospital() {}

    public Hospital(String name, @Nullable String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getShortName() {
        return shortName;
    }
}
