package cn.dangjian.pairing.lists;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedRepository extends JpaRepository<Need, Long> {}
