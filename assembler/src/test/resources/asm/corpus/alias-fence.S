# fence alone is fence iorw,iorw; sfence.vma alone and with one register.
.text
    fence
    fence iorw, iorw
    fence.tso
    sfence.vma
    sfence.vma t0
