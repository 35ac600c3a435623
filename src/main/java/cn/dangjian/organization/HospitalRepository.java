package cn.dangjian.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface HospitalRepository extends JpaRepository<Hospital, Long> {}
