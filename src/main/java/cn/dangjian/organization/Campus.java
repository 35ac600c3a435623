package cn.dangjian.organization;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 院区: a site of the hospital. */
@Entity
@Table(name = "campus")
public class Campus extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hospital_id")
    private Hospital hospital;

    @Column(name = "name", nullable = false, length = 100)
    private String name = "";

    protected Campus() {
        this.hospital = null;
    }

    public Campus(Hospital hospital, String name) {
        this.hospital = hospital;
        this.name = name;
    }

    public Hospital getHospital() {
        return hospital;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
