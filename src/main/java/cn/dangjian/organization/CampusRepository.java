package cn.dangjian.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampusRepository extends JpaRepository<Campus, Long> {}
