package cn.dangjian.pairing.lists;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A resource (资源) a branch offers: e.g. 医保政策解读, 设备维修绿色通道, 专家下沉坐诊. */
@Entity
@Table(name = "pairing_resource")
class OfferedResource extends BaseEntity {

    @Column(name = "branch_id", nullable = false)
    Long branchId = 0L;

    @Column(name = "title", nullable = false, length = 200)
    String title = "";

    @Column(name = "description", length = 1000)
    @Nullable
    String description;

    @Column(name = "capacity", nullable = false, length = 100)
    String capacity = "";

    @Column(name = "contact", nullable = false, length = 100)
    String contact = "";

    @Column(name = "active", nullable = false)
    boolean active = true;

    protected OfferedResource() {}

    OfferedResource(Long branchId) {
        this.branchId = branchId;
    }
}
