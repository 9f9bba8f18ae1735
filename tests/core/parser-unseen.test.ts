/**
 * Parser on a thousand eight hundred and seventy-two catalogs it had never seen (tests/fixtures/parser-unseen), among them: Đồng Xâm silver, Hạ Thái lacquer,
 * Quất Động embroidery and brocade, Đa Sỹ knives, Phú Yên leather, Đông Hồ prints and dó paper, Ninh Hiệp
 * medicinal herbs, Tây Nguyên coffee and honey, Bến Tre coconut candy, handmade soap, Hội An lanterns, Quảng Phú
 * Cầu incense, Trảng Bàng rice paper, Đồng Kỵ woodwork, Châu Đốc fish sauce and Tây Ninh shrimp salt, Chuông conical
 * hats, Bát Tràng ceramics, Phú Vinh rattan, Nga Sơn sedge mats, Thái Nguyên tea and Vòng green rice, Vân village
 * rice wine and Đại Bái bronze, Hải Dương and Sóc Trăng cakes, mid-autumn toys, dried fruit and herbal tea, Nam Định
 * bedding, Tây Bắc mountain goods, Xuân Lai bamboo and musical instruments, Phú Quốc fish sauce and dried seafood,
 * Vòng green rice cakes and Hàng Đường ô mai, Non Nước stone carving, Phước Kiều bronze casting, Chu Đậu ceramics,
 * Bình Phước cashews and southern snacks, Sa Pa brocade, Đọi Tam drums, Bần sauce and dong vermicelli, Chàng Sơn
 * fans, Thụy Ứng horn combs, Ước Lễ pork rolls and Thanh Hóa nem, Hà Tĩnh cu đơ and Huế mè xửng, Thanh Tiên paper
 * flowers, dried noodles and rice papers, bamboo blinds, shrimp paste and floss, northern sweets, rice-grain and sand
 * pictures, fabrics by the metre, mushrooms and dried forest goods, fruit seedlings and garden goods, cold-pressed
 * oils, Sơn Đồng altar goods, rice from the Mekong and the north, Nhật Tân flowers and ornamental plants, Chuyên Mỹ
 * mother-of-pearl inlay, Cần Đước sausages and Tết cakes, hand-knitted goods and yarn, Sa Đéc shrimp crackers,
 * Triều Khúc brooms, Tây Ninh wooden clogs, vegetable seeds, handmade candles, Đại Bái cookware, Lý Sơn garlic and
 * shallots, Thanh Hà lychees and Hưng Yên longans, Thái Bình
 * sedge rugs, Bàu Trúc Chăm pottery, Tây Hồ lotus tea, macadamia and other nuts, hand-woven plastic baskets, printed
 * canvas bags, north-west spices, a Hà Nội bún chả and chả cá stall, Yixing-style teapots, ready-made áo dài, Vũ
 * Đại braised fish, Bá Giang kites, fishing tackle, Mộc Châu dairy, salted duck eggs, hammocks, Đà Lạt wines, Làng Mơ
 * tofu, wooden toys, birthday cakes, turmeric, Đông Tảo chickens, a drinks stall, handmade stationery, Đà Lạt
 * vegetables, Nha Trang fresh seafood, stuffed toys, Vinh citrus, pet supplies, printed T-shirts, Hải Phòng bread
 * sticks, a juice bar, wooden kitchenware, a bánh cuốn stall, wedding cards, children's clothes, clean pork, a chè
 * stall, steamed buns, a xôi stall, aquarium fish, a cơm tấm stall, woven towels, dried-meat snacks, organic
 * fertilizer and potting soil, Ngọc Linh ginseng, Huế cajeput oils, Khánh Hòa bird's nest, mooncakes, coffee filters
 * and beans, glass jars and bottles, pickles, rice and cereal powders, a mì Quảng stall, animal feed, cross-stitch,
 * Bình Định leaf cakes, bird cages, coconut goods, a roast-meat stall, leather belts and wallets, flower seeds, frozen spring rolls and dumplings, herbal shampoos and soaps,
 * dried bamboo shoots and forest goods, a phở kitchen, a hardware and paint shop, dried flower teas, agarwood
 * bracelets, Mekong mangoes and durians, sedge sandals, a bánh canh crab stall, feng-shui wood carvings, Huế salt
 * coffee, a bánh xèo stall, bamboo sleeping mats, Huế grilled pork skewers, uniform tailoring, a Hội An bánh mì stall,
 * Phù Lãng pottery, soy sauce and bean paste, sedge bags, a goat hotpot kitchen, incense towers, kimchi and pickles,
 * folk instruments, a bánh đa cua stall, export rattan, Mường Khương chilli sauce, linen clothes, Buôn Ma Thuột coffee,
 * soft dried fruit, Vân Hà woodcraft, a Hội An chicken-rice stall, hand-knitted sweaters, bánh pía, Nha Trang fish
 * cakes, Huế sweet soups, porcelain dinner sets, coffee-flower honey, printed helmets, bamboo fans, packaging for
 * online sellers, Phù Lãng jars and crocks, Thanh Hóa nem chua, pressed peanut and sesame oils, Tết candied fruits,
 * smithy and garden tools, raincoats and umbrellas, souvenir keychains, succulents, malt and peanut candy, dried
 * squid and fish, hotpot bases, LED lights, soapberry cleaners, charcoal and grills, baby food, stainless kitchenware,
 * Bát Tràng tiles, dried noodles, corporate gift boxes, nut milks, printed silk scarves, altar goods and offering trays,
 * cane sugar and molasses, arrowroot and rice flours, wooden frames and clocks, model ships, smoked buffalo, ropes and
 * nets, calligraphy, lotus seeds and black garlic, bà ba clothes, Biên Hòa plant pots, herbal balms, bamboo lamps,
 * pillows, lingzhi, coir mats, Đà Lạt artichoke tea, Ninh Bình crispy rice, household plastics, melons, wooden tea
 * trays, aloe and jelly desserts, scent sachets, Thái Bình bánh cáy, bonsai supplies, salt lamps, crocodile and ostrich
 * leather, fish and shrimp fry, water-hyacinth crafts, Ninh Thuận grapes, Tây Nguyên rượu cần, Hạ Long seafood, Phú Thọ
 * specialties, Thanh Hà terracotta, mushroom growing supplies, bee products, goat's milk, palm sugar and palm-leaf
 * crafts, Xuân La tò he, Phú Quốc sim wine and pearls, Bảo Lộc oolong, Làng Chều rice paper, Tiên Lãng pipe tobacco,
 * Đình Bảng wedding cakes, a bún bò Huế stall, a bánh khọt stall, Tây Nguyên gongs, Bình Định specialties, lotus
 * silk, Ninh Giang bánh gai, driftwood and miniature landscapes, pith helmets, floating lanterns, die-cast models,
 * Đại Bái altar bronzes, Sơn Đồng lacquered boards, Nhật Tân peach and kumquat trees, Ninh Vân gravestones, bánh gio
 * and bánh tẻ, Tiền Hải crab paste, Krông Pa sun-dried beef, Hàng Quạt seals and signs, Hàng Trống paintings, Cầu Kè
 * coconuts, Hương Canh bricks and tiles, Xuân Lai ironwork, Phú Xá cotton quilts, Mê Linh orchid supplies, a Hồ Tây
 * kitchen, Lim quan họ costumes, a bún đậu stall, Huế steamed cakes, bathing herbs, woven sacks, pallets and crates,
 * wind chimes and bells, glass paintings, betta fish, Đông Tảo chickens, Mai Châu pork, flan and yogurt, Vĩnh Châu
 * pickled leeks, khăn rằn, Hàng Mã costumes, Phú Vinh rattan furniture, Sơn Đồng altars, Đại Bái bronze mirrors,
 * a second Ước Lễ pork-roll shop, Xuân Hòa sesame candy, Vân village medicinal wines, Xuân Lai flutes, Huế lotus
 * goods, Cẩm Xuyên jellies and drinks, Lục Yên gemstone paintings, Trường Cửu rice paper, Bình Đà wedding rentals,
 * Đại Bái oil lamps, Cảnh Dương dried seafood, Tân Sơn palm-leaf goods, Thi Phổ cane sugar, Yên Viên sprouts, Quất
 * Động embroidery to order, Dương Ổ dó paper, Tiên Phong brooms, Tứ Kỳ rươi, Ninh Bình mountain goat, Mỹ Tho hủ
 * tiếu, Văn Yên cinnamon and star anise, Mỏ Cày coconut-shell crafts, Hạ Long squid cakes, crocodile leather, Bàu Đá
 * and Kim Sơn liquors, Thanh Sơn sour pork, basket boats and nets, sweet potatoes and taro, cordyceps, Tây Bắc
 * brocade clothes, vinegars and ferments, Kế bánh đa, Trà Cuôn bánh tét, breakfast xôi and soy milk, Thạch Xá bamboo
 * toys, dried gourds, Tây Nguyên instruments, Nam Ô fish sauce, Ba Chẽ golden camellia tea, Tân Uyên cotton bedding,
 * Quản Bạ beeswax, Lái Thiêu ceramics, Tây Tựu cut flowers, Nam Đàn bean sauce, Mang Thít bricks and pots, Kim Bồng
 * woodcraft, Hàm Ninh anchovies, Tranh Khúc bánh chưng, a cháo lòng kitchen, a Huế cơm hến stall, Phước Tích pottery,
 * Thủy Xuân incense, Bến Tre banana candy, farm-machine parts, Bình Thuận dragon fruit, Cẩm Lệ sesame cakes, mudskippers
 * and eels, river fish, wheelbarrows and tools, first-month offering trays, Ninh Hòa grilled nem, roofing sheets,
 * Trạch Xá patchwork, Phú Nghĩa childhood snacks, Buôn Hồ seedlings, Đông Mai paint brushes, Đông Hòa rubber sandals,
 * Rạch Gốc dried shrimp and squid, Hội An lanterns, Tân Lập candied fruit, Lim quan họ hats and dress, Đình Bảng
 * cakes, Nghi Thủy braised fish, Phú Bình lanterns, Trùng Khánh kitchen wood, Vĩnh Châu shallots, Nha Xá silk, Yên
 * Lãng starches, Đồng bamboo furniture, Thanh Khê bread sticks, Kim Sơn sedge bags, Thọ Xuân sweets, mosquito
 * swatters, Tân Lập silkie chickens, Bình Lương clay pots, Mỹ Xuyên rice, Quất Động embroidered pictures, An Nhơn
 * chà bông, Thuận An shrimp pastes, Văn Quan star anise, Mẫn Xá aluminium pots, Đông Hòa cake moulds, An Lạc
 * chopsticks, Phước Lộc kapok mattresses, Cẩm Thanh wind chimes, Tam Giang fishing nets, Nam Ô fish salad and squid,
 * Phú Chiêm noodles, Ninh Vân stone mortars, Vân Đình ducks, Xuân Thượng oil lamps, Đông Lâm fighting-cock gear,
 * Xuân Đỉnh betel and areca, Phú Đô bún chả, Chuông palm-leaf hats, Viềng sweets, Vị Khê bonsai, a drinks stall,
 * La Xuyên woodcraft, Thanh Trì bánh cuốn, Kim Sơn rugs, Cái Mơn seedlings, Châu Đốc fermented fish, Đa Hội stainless
 * ware, Trảng Bàng rice paper, class T-shirts, Cát Hải fish sauce, Xuân Lai crochet, Suối Hoa pork and hill chickens,
 * Kế bánh đa and peanut candy, Non Nước feng-shui stones, a hotpot kitchen, Đông Xá cloth shoes and clogs, Trảng Bàng
 * shrimp salt, Bát Tràng glazed vases, Tam Nông dried fish, Hội An lanterns, An Biên bread sticks, Đông Lâm brooms, Ba
 * Làng frozen seafood, Chàng Sơn fans, Đông Khê feast food, Đông Văn horn ware, Quảng An lotus tea, Phú Vĩnh rattan,
 * Ngũ Xã phở cuốn, Đồng Xuyên plastic sandals, Bản Khe bamboo shoots, Phú Hòa rattan furniture, Xuân Hòa candy, Đông
 * Sơn sand paintings, baby porridge, Đông Hòa mats, Bản Lác grilled food, Phù Lãng stoneware jars, Tân Hòa cakes, Xuân
 * Lai forged tools, Hồng Gai fish cakes, Phú Bình lanterns, Trảng Bàng rolls, Tân Châu school áo dài, Long Hải bánh
 * khọt, Chàng Sơn stools, Chư Sê pepper, Trù Sơn clay pots, Đồng Lạc crabs and snails, Phong Khê calligraphy, Phú
 * Chiêm mì Quảng, Kim Sơn beach bags, Quán Gánh bánh dày, Đa Sỹ knives, a Tân Phú drinks stall, Xuân Sơn bamboo lamps,
 * Mường Lò smoked meats, Kim Bồng wood carvings, An Thái mooncakes, Đồng Lạc bamboo straws, Tân Phú shade netting,
 * An Thạnh bánh ướt, Xuân Lai ropes, Chợ Con nước sâm, Tịnh Hà sesame rice paper, Xuân Lai sewing tools, Đông Cao paint
 * brushes, Rạch Gốc dried shrimp, Tề Lỗ bolts, Sơn Đồng picture frames, Đông Mai tarpaulins, Phước Lộc mai trees, Buôn
 * Đôn baskets, Mỏ Cày coconut oil, Mã Châu silk, Thi Phổ malt candy, La Phù family T-shirts, Thanh Trì bánh cuốn, Vỹ Dạ
 * cakes, Cầu Đất coffee, Phùng Xá ladders, Thanh Thùy door hardware, Đông Anh wiring, Bát Tràng altar ware, Đa Hội
 * drying racks, Phan Thiết dried fish, Phú Vinh gift baskets, Phố Hiến longans, Mẫn Xá pots and pans, Hàm Ninh fish
 * sauce, Đông Hòa wool rugs, Hương Khê essential oils, Bát Tràng tea sets, Lãng Nguyên bánh cáy, Vũng Thơm bánh pía,
 * Văn Cù bún bò, Phú Vinh bamboo baskets, Bình Minh lamps, Phước Hiệp coconut goods, Mường Lò smoked buffalo, Mỹ Xuyên
 * rice, Đại Đồng rubber shoes, Phương La towels, Phú Thuận fermented shrimp, Tân Sơn forest honey, Tân Lập curtains,
 * Tân Uyên plywood, Đông Xá water pipes, Đình Bảng wedding cakes, Trảng Lộc rice paper, Tân Hòa sacks, Tân Châu kapok
 * bedding, Tân Lập spring rolls, Kim Sơn sedge goods, Xuân Mỹ lanterns, Đại Bái copper, Cửa Lò dried fish, Sa Đéc hủ
 * tiếu, Vân Hà altars, Minh Khai plasticware, Xuân Lai forged tools, Phú Lộc fruit wines, Dương Liễu starches, Quảng An
 * tea, Gia Lộc sweets, Minh Khai packaging, Xóm Đình chè, An Phú brooms, Vĩnh Thạnh crabs and snails, Bát Tràng vases,
 * Đồng Xoài cashews, Phú Xá glass and mirrors, Na Hang forest goods, Thất Khê roast meats, Thanh Trì paint, Yên Nhân
 * soy sauce, Tân Lập stationery, Phú Lâm plumbing, Xuân Phương bicycles, Phú Thượng xôi and bánh bao, An Dương bread
 * sticks, Đông Thọ work gear, Phú Đô noodles, Tân Cương tea, Đa Sỹ knives, Phú Nghĩa solar lamps, An Phú rice cookers,
 * Xuân Lai poultry, Cái Mơn plants and soil, Thanh Giang candy, Phước Hải dried meats, Hà Yên shrimp paste, Minh Khai
 * plastic furniture, Vân Nội vegetables, Quất Động embroidered pictures, Xóm Mới tote bags, Tranh Khúc Tết food, Vòng
 * cốm, Kim Bồng kitchen woodware, Cảnh Dương frozen seafood, Xóm Chùa helmets and raincoats, Đa Hội wire and nails,
 * Tân Cương milk tea, Mai Xá soap, Trảng Bàng rice paper, Tân Lập mooncakes, Ea Tu coffee, Nga Sơn sedge mats, Cẩm Phô
 * lanterns, Thái Phương towels, Đa Sỹ garden tools, Hiệp Sơn rice, Phú Yên leather shoes, Ước Lễ nem, Tam Tiến dried
 * fish, Suối Ngàng honey, Phú Vinh baskets, Mẫn Xá aluminium pots, Bản Phố leaf-yeast wine, Đồng Sơn statues, Đồng Xâm
 * silver, Thổ Hà rice crackers, Phù Đổng dairy, Đông Ngạc bún chả, Bát Tràng ceramic lamps, Thanh Oai wiring, Đông Tảo
 * chickens, Đồng Kỵ furniture, Phú Thượng candied fruit, Chuông conical hats, Phú Gia umbrellas, Chàng Sơn fans, Quảng
 * Hưng arrowroot, Hạ Thái lacquer paintings, Hương Trà oils, Phú Thứ salted eggs, Đông Cao wedding cakes, Nam Cao
 * bedding, Tân Cương tea, Mơ tofu, Phú Xuân rugs, Bát Tràng tiles, Phù Đổng seedlings, Nhơn Lý seafood, Mỏ Cày coconut
 * candy, Thanh Thùy door hardware, Cần Đước sausages, Cái Bè juices, Bát Tràng mugs and flasks, Lác brocade, Phúc Trạch
 * agarwood beads, Thạch Xá bamboo tableware, Xóm Cầu bread, Long Hải bánh xèo, Yên Ninh noodles, Xuân Lâm pressed oils,
 * Bãi Ngang fishing tackle, Xóm Trại wooden toys, An Thượng leather, Minh Khai plasticware, Vân Đồn dried fish, Cao
 * Thôn incense, Phùng Xá shelving, Tân Hội mushrooms, Tịnh Tâm lotus, Cồn Hến shellfish, Đông Yên rice pictures, An
 * Khánh medical supplies, Liên Hà kids' desks, Phú Tâm bánh pía, Phước Tỉnh dried fish, Kim Long salt coffee, Thạch
 * Xá sesame candy, Kim Sơn sedge bags, Hải Hậu rope and tarpaulins, Phú Minh LED lights, Hòa Phước roast chicken,
 * Mường Thanh smoked buffalo, La Phù cushions and curtains, Bàu Trúc pottery, Mã Châu silk, Châu Đốc fermented fish,
 * Cam Lộ pepper, La Xuyên wood finishes, Phú Hòa cakes, Minh Khai plastic bags, Kim Long bún bò, Thanh Hà mini plants,
 * Tân Phú spring rolls, Xuân Đỉnh sandals, Sơn Đồng altars, Tịnh Phong sugars, Ước Lễ bánh cuốn, Giang Cao blue-glaze
 * pottery, Thanh Lâm roasted seeds, Cửa Lân fish sauce, Tân Phong phone accessories, Đông hair accessories, Trại Mát
 * herbal tea, Thanh Hà building materials, Pác Ngòi cơm lam and rice wine, Chàng Sơn parasols, Nam Dương mì Chũ, Đa
 * Sỹ scissors, Đông Vệ nem, Đa Hội kitchenware, Tân Hương herbal soap, Hòa Xá raincoats, Vũ Đại braised fish, Kim Sơn
 * bamboo blinds, Ba Bể forest goods, Hương Canh clay pots, Yên Phú ô mai and door mats, Đại Bái bronze, Tranh Khúc
 * bánh chưng, Gia Phúc cakes, badminton gear, nut milk, Minh Khai plastic cabinets, Cửa Lò dried fish, La Phù uniform
 * fabric, Hòa Đa rice paper, Phù Lưu heaters, Khe Mơ fruit wines, Phong Khê notebooks, Thanh Sơn thịt chua, Đông Tâm
 * electrics, Khoái Châu honey, Triều Khúc trays, Đông Xá steamed buns, Phú Yên shoes, Đồng Kỵ furniture, Thổ Hà bánh
 * đa, Chuông hats, Hạ Thái lacquer, Phú Vinh rattan lamps, Ninh Thuận grapes, Cần Giờ dried seafood, Trại Mát
 * artichoke, Bảo Lộc silk, Vân Cù phở, Mang Thít pottery, Mỏ Cày coconut candy, Phước Kiều bronze, Thi Phổ malt
 * candy, Thanh Hà lychees, Tân Châu silk, Sa Đéc flowers, Đông Hồ paintings, Tam Bình noodles, Thạch Trung cu đơ,
 * Thanh Thủy bronze, Nha Trang bird's nest, Ninh Hiệp fabric, Mộc Châu specialties, Bát Tràng tea sets, Tây Bắc
 * forest goods, Vân Hà brass, Cự Đà soy sauce, Thanh Lương incense, Phù Lãng pottery, Bình Minh pomelos, Hà Thái
 * nets, Đông Giao statues, Tây Ninh shrimp salt, Mỹ Đồng bonsai, Thạch Xá bamboo toys, Lai Xá photo prints, Hàng Mã
 * lanterns, Mai Châu brocade, Ea Tu coffee, Thủy Tú kites, Kiêu Kỵ gold leaf, Phúc Sen forged tools, Định Yên sedge
 * mats, Tây Tựu cut flowers, Phú Đô rice noodles, Mỹ Nghiệp Chăm brocade, Biên Hòa pottery, Đình Bảng wedding cakes,
 * Nam Định printed uniforms, Thổ Hà rice crackers, Sình woodblock prints, Hưng Yên longans, Phan Thiết
 * specialties, Tân Lập leather shoes, Mỹ Tho hủ tiếu, Ninh Thuận grapes, Dương Liễu arrowroot noodles, Sơn Đồng
 * statues, Kim Lan ceramics, Hòa Vang brooms, Nam Ô dried seafood, Phú Lễ rice wine, Hải Hậu rice, Chuyên Mỹ
 * mother-of-pearl, Cao Lãnh mangoes, Lục Ngạn lychees, Xứ Lạng specialties, Tam Sơn paper fans, Cà Mau dried goods,
 * Vạn Điểm altar ware, Đồng Văn specialties, Yên Thái dó paper, Long Khánh fruit, Chu Đậu ceramics, Na Hang forest
 * goods, Kim Sơn goat and rice wine, Thanh Hóa nem chua, Mộc Châu sweets, Triều Khúc feather dusters, Bảo Lộc silk,
 * Quảng Ngãi cinnamon, Huế sesame candy, Nhị Khê woodturning, Sơn La smoked meat, Hòa Bình forest goods, Vân Hà rice
 * wine, Cẩm Giàng rattan, Đà Lạt and Sa Đéc flowers, Ninh Giang bánh gai, Đông Triều ceramics, Làng Vòng cốm, Tân Châu
 * silk, Phước Kiều and Ngũ Xã bronze, Phong Điền fruit, Hàm Ninh fish sauce, Bảo Hà carving, Hương Sơn herbs,
 * Thanh Chương tea, Gò Công dried shrimp, Đồng Kỵ incense, Trùng Khánh chestnuts, Thổ Tang household goods, Mang
 * Thít bricks, Mường brocade, Hữu Lũng custard apples, Sông Cầu seafood, Nha Xá silk, Đại Lộc bamboo shoots, Phố Hiến
 * longans, Thanh Trì bánh cuốn, Lái Thiêu pottery, Đông Hồ paintings, Cát Hải fish sauce, Quỳnh Lưu nhút, Hàm Yên
 * oranges, Tương Bình Hiệp lacquer, Ba Bể specialties, Tả Van bath herbs, Vụ Bản peanut candy, Kon Tum ginseng, Nam
 * Cao jute, Kim Sơn sedge, Cầu Đất tea, Thổ Hà rice wine, Bảo Ninh dried squid, Vạn Phúc ties, Bình Hòa Phước fruit,
 * Sóc Trăng pía cakes, Gành Đỏ anchovies, Nha Xá brocade, Kim Bồng woodcarving, Đồng Văn smoked beef, Vân Hà bronze,
 * Bàu Đá rice wine, Phúc Sen knives, Triều Khúc feather flowers, Mỹ Nghiệp brocade, Lục Ngạn honey, Mường Bi rượu cần,
 * Trà Quế herbs, Chàng Sơn woodwork, Phong Điền fruit, Phú Thượng xôi, Tô Lịch embroidery, Đồng Kỵ furniture, Nam Đàn
 * kẹo cu đơ, Đại Yên parasols, Ninh Hiệp curtains, Phù Lưu Chanh bún, Trùng Khánh chestnuts, Bảo Hà statues, Cái Bè
 * candy, Mộc Châu tea, Kiêu Kỵ gold leaf, Sơn Đồng statues, Xuân Thọ flowers, Đại Hoàng bananas, Mộ Đức molasses,
 * La Phù knitwear, Bù Đăng cashews, Bàu Trúc pottery, Vân Từ tailoring, Sa Đéc lotus, Đồng Văn brocade, Kim Bồng
 * carpentry, Bắc Hà corn wine, Mang Thít bricks, Cửa Lò squid cakes, Thạch Xá dragonflies, Mường La smoked beef, Nam
 * Cao jute, Hữu Bằng furniture, Cần Giuộc sausages, Vĩnh Trạch salt, Đắk Song durians, Hòa Lộc mangoes, Cổ Chất silk,
 * Mẫu Sơn peach wine, Tam Dương pork rolls, Chuôn Ngọ inlay, Nam Đàn lotus tea, Hoằng Hóa shrimp, Kiến Thụy bamboo,
 * Gò Dầu rice paper, Thổ Hà jars, Gia Lộc garlic, Phụng Hiệp pineapples, Bàu Đá wine, Mai Châu brocade, Cam Lộ pepper,
 * Phù Khê carvings, Vân Chàng knives, Nhật Tân drums, Cái Răng fruit, Mũi Né squid, Tả Van buffalo meat, Vân Đồn
 * sá sùng, Nam Trực bronze, Phú Hòa bánh ép, Phụng Công bonsai, Đại Từ tea, Gia Viễn goat, Cẩm Xuyên peanut candy,
 * Chuyên Mỹ mother-of-pearl, Hoằng Hóa fish sauce, Vĩnh Châu shallots, U Minh honey, Đồng Văn buckwheat cakes, Ninh Hòa
 * bird's nest, Khe Sanh coffee, Kim Lan pottery, Tuy Hòa tuna, Mai Châu sticky rice, Kỳ Anh honey,
 * Long Khánh fruit, Hữu Bằng furniture, Cửa Lò squid, Pleiku coffee, Nam Ô fish sauce, Đại Yên herbs, Tống Xá
 * bronze, Năm Căn dried shrimp, Tri Tôn palm sugar, Tân Triều pomelos, Nhật Tân drums, Cầu Kè coconut,
 * Bắc Hà plum wine, Kiêu Kỵ gilding, Bạc Liêu salt, Cẩm Vũ silver, Trùng Khánh chestnuts, Vân Chàng knives, Lý Sơn
 * garlic, Nhật Tựu knitwear, Ea Tu coffee, Bảy Núi palm sugar, Hiến Nam votive paper, Đồ Sơn dried seafood, Nguyên
 * Xá bánh cáy, Nhị Khê tools, Phú Cam hats, Trường Lưu weaving, Phan Rang grapes, Mù Cang Chải rice, Nhồi stone,
 * Cái Răng fruit, Mai Sơn coffee, Phong Khê paper, Triều Khúc lanterns, Phù Khê carving, Tân Cương tea, Kim Sơn
 * sedge, Bến Tre coconut goods, Gia Hội sesame candy, Trại Mát dried fruit, Vạn Phúc silk clothes, Hàm Ninh pepper and
 * seafood, Rạch Gốc dried shrimp, Sơn Đồng statues, Cầu Đất coffee, Ngũ Xã bronze, Mỹ Nghiệp brocade, Bắc Kạn
 * honey, Xuân Lai bamboo, Cần Giuộc sausages, Phú Quốc fish sauce, Mộc Châu produce, Hàm Minh dragon fruit, Lý Sơn
 * garlic, Trà Cuôn bánh tét, Tây Ninh shrimp salt, Nga Sơn mats, Thanh Thủy bronze, Hải Hậu rice, Vĩnh Châu
 * shallots, Cà Mau dried fish and crab, Chàng Sơn fans, Đông Hồ votive goods, Buôn Ma Thuột coffee, Đa Hội
 * stainless ware, Mộc Châu tea, Cát Cát brocade, Thạch Xá bamboo toys, Tân Châu tapioca and bananas, Bát Tràng tiles,
 * Hội An bánh mì, Đông Kỵ altar goods, Ninh Bình goat and wine, Hòa Lộc mangoes, Tuy Hòa leather, Ninh Hòa bird's
 * nest, Hà Giang corn wine, Cái Răng hủ tiếu, Bảo Lộc silk and tea, Cư M'gar honey and pepper, Mỹ Đồng bonsai, Vũng
 * Tàu dried seafood, La Phù knitwear, Đà Lạt strawberries, Mường La smoked meats, Dương Ổ paper, Cẩm Giàng rattan,
 * Phố Hiến lotus tea, Làng Sình prints, Vỹ Dạ sesame candy, Kim Lan ceramics, Krông Năng macadamia, Sa Đéc flowers,
 * Hải Dương mung-bean cakes, Lạng Sơn roast duck, Cao Lãnh mangoes. 347,163 chat lines labelled by CONTRACT section 4,
 * written by people who had not read the parser and never saw its output, kept outside the
 * repository until their first run, frozen here by sha256 (FROZEN.sha256 and the table below).
 *
 * First runs, measured once each, before anyone tuned on them (`npm run parser:eval -- DIR --legacy`):
 * sets 1-8 at commit d591e9a (the pipeline parser with its first review rule; "legacy" is the single-class parser
 * of commit 80e25f1, side by side in the same run), sets 9-10 at commit 8c49c6e, after the parser had been tuned
 * on sets 1-8, sets 11-14 at commit 9bbaba1, after it had been tuned on sets 1-10, and sets 15-16 at commit d3035ed,
 * after it had been tuned on sets 1-14, sets 17-24 at commit c857e2a, after it had been tuned on sets 1-16, sets 25-28 at commit f31f070, after it had been tuned on sets 1-24, and sets 29-36 at commit
 * e68c203, after it had been tuned on sets 1-28, sets 37-40 at commit f35458d, after it had been tuned on
 * sets 1-36, sets 41-44 at commit 3e6057c, after it had been tuned on sets 1-40, and sets 45-48 at commit
 * 313bee7, after it had been tuned on sets 1-44, sets 49-56 at commit bc84402 and sets 57-64 at commit 1bf330d and sets 65-72 at commit a9444f7 and sets 73-80 at commit d75283c and sets 81-88 at commit eff080f and sets 89-96 at commit 8267dac and sets 97-104 at commit 943fa40 and sets 105-120 at commit ac344f4 and sets 121-126 at commit 0d12b98 and sets 127-134 at commit 857e07e and sets 135-142 at commit ec76725 and sets 143-150 at commit b63853e and sets 151-158 at commit ef40e02 and sets 159-166 at commit 47238d2 and sets 167-174 at commit 88f99cd and sets 175-182 at commit 523c2ef and sets 183-190 at commit a49c8af (in the same runs, --base=d21d9f2: the parser before the tuning
 * of sets 25-44). Exact = same multiset of lines (qty to 3 decimals), same phone, same ask; confidently wrong = the
 * lines differ and the parser did not ask ("placed" = and it put something in the cart).
 *
 *   set                          first run (new)                    same run, legacy parser
 *    1 dong-xam-bac              186/215 86.5%  wrong 10 (4.7%)      186/215 86.5%  wrong 10 (4.7%)
 *    2 son-mai-ha-thai           186/212 87.7%  wrong 11 (5.2%)      186/212 87.7%  wrong 11 (5.2%)
 *    3 dao-da-sy                 194/214 90.7%  wrong  7 (3.3%)      194/214 90.7%  wrong  7 (3.3%)
 *    4 theu-quat-dong            197/214 92.1%  wrong  4 (1.9%)      199/214 93.0%  wrong  4 (1.9%)
 *    5 giay-da-phu-yen           167/186 89.8%  wrong  6 (3.2%)      167/186 89.8%  wrong  6 (3.2%)
 *    6 tranh-dong-ho             160/186 86.0%  wrong 10 (5.4%)      160/186 86.0%  wrong 10 (5.4%)
 *    7 ca-phe-mat-ong-tay-nguyen 178/203 87.7%  wrong 10 (4.9%)      178/203 87.7%  wrong 10 (4.9%)
 *    8 duoc-lieu-ninh-hiep       146/203 71.9%  wrong 30 (14.8%)     146/203 71.9%  wrong 30 (14.8%)
 *      sets 1-8                  1414/1633 86.6% wrong 88 (5.4%)     1416/1633 86.7% wrong 88 (5.4%)
 *    9 keo-dua-ben-tre           180/196 91.8%  wrong  4 (2.0%)      162/196 82.7%  wrong 14 (7.1%)
 *   10 xa-phong-thu-cong         170/194 87.6%  wrong  6 (3.1%)      168/194 86.6%  wrong 10 (5.2%)
 *      sets 9-10                 350/390 89.7%  wrong 10 (2.6%)      330/390 84.6%  wrong 24 (6.2%)
 *   11 den-long-hoi-an           174/186 93.5%  wrong  3 (1.6%)      169/186 90.9%  wrong  6 (3.2%)
 *   12 huong-quang-phu-cau       171/192 89.1%  wrong  6 (3.1%)      158/192 82.3%  wrong 16 (8.3%)
 *   13 banh-trang-trang-bang     170/187 90.9%  wrong  4 (2.1%)      145/187 77.5%  wrong  9 (4.8%)
 *   14 go-dong-ky                192/199 96.5%  wrong  3 (1.5%)      182/199 91.5%  wrong  7 (3.5%)
 *      sets 11-14                707/764 92.5%  wrong 16 (2.1%)      654/764 85.6%  wrong 38 (5.0%)
 *   15 muoi-tom-tay-ninh-mam-chau-doc 180/195 92.3% wrong 4 (2.1%)  175/195 89.7%  wrong  9 (4.6%)
 *   16 non-la-chuong             179/197 90.9%  wrong 11 (5.6%)      162/197 82.2%  wrong 17 (8.6%)
 *      sets 15-16                359/392 91.6%  wrong 15 (3.8%)      337/392 86.0%  wrong 26 (6.6%)
 *   17 gom-bat-trang             158/174 90.8%  wrong  4 (2.3%)      155/174 89.1%  wrong  5 (2.9%)
 *   18 may-tre-dan-phu-vinh      162/172 94.2%  wrong  2 (1.2%)      147/172 85.5%  wrong 10 (5.8%)
 *   19 chieu-coi-nga-son         165/177 93.2%  wrong  2 (1.1%)      162/177 91.5%  wrong 11 (6.2%)
 *   20 tra-thai-nguyen-com-vong  161/179 89.9%  wrong  5 (2.8%)      142/179 79.3%  wrong 11 (6.1%)
 *   21 banh-dau-xanh-pia         157/173 90.8%  wrong  1 (0.6%)      115/173 66.5%  wrong 39 (22.5%)
 *   22 ruou-lang-van-dong-dai-bai 146/179 81.6% wrong  2 (1.1%)      130/179 72.6%  wrong  9 (5.0%)
 *   23 do-choi-trung-thu         159/172 92.4%  wrong  5 (2.9%)      130/172 75.6%  wrong 31 (18.0%)
 *   24 thuoc-nam-hoa-qua-say     168/179 93.9%  wrong  5 (2.8%)      154/179 86.0%  wrong  8 (4.5%)
 *      sets 17-24                1276/1405 90.8% wrong 26 (1.9%)     1135/1405 80.8% wrong 124 (8.8%)
 *      (sets 17-24, same first run, the parser of commit 58d20a9 before its latest review rules:
 *       1273/1405 90.6%, wrong 46 (3.3%))
 *   25 det-to-tam-nam-dinh-chan-ga 176/192 91.7% wrong 3 (1.6%)      176/192 91.7%  wrong  5 (2.6%)
 *   26 mat-ong-ca-phe-tay-bac    174/192 90.6%  wrong  1 (0.5%)      175/192 91.1%  wrong  7 (3.6%)
 *   27 dan-tre-xuan-lai-nhac-cu  167/182 91.8%  wrong  5 (2.7%)      156/182 85.7%  wrong 11 (6.0%)
 *   28 nuoc-mam-banh-phu-quoc-hai-san-kho 125/171 73.1% wrong 1 (0.6%) 123/171 71.9% wrong 6 (3.5%)
 *      sets 25-28                642/737 87.1%  wrong 10 (1.4%)      630/737 85.5%  wrong 29 (3.9%)
 *      (sets 25-28, same first run, the parser of commit 58d20a9, before both rounds of review rules that
 *       sets 17-24 measured: 654/737 88.7%, wrong 16 (2.2%): the rules trade some exact readings for questions)
 *   29 banh-com-lang-vong-o-mai   166/190 87.4%  wrong  4 (2.1%)     147/190 77.4%  wrong 22 (11.6%)
 *   30 da-my-nghe-non-nuoc        176/193 91.2%  wrong  4 (2.1%)     155/193 80.3%  wrong 10 (5.2%)
 *   31 dong-duc-phuoc-kieu        191/199 96.0%  wrong  0 (0.0%)     172/199 86.4%  wrong  6 (3.0%)
 *   32 gach-men-chu-dau-gom       172/181 95.0%  wrong  1 (0.6%)     158/181 87.3%  wrong  4 (2.2%)
 *   33 hat-dieu-banh-tet-binh-phuoc 174/183 95.1%  wrong  5 (2.7%)     155/183 84.7%  wrong 13 (7.1%)
 *   34 tho-cam-sapa-ban-ve        187/200 93.5%  wrong  2 (1.0%)     182/200 91.0%  wrong  5 (2.5%)
 *   35 trong-doi-tam              176/189 93.1%  wrong  4 (2.1%)     153/189 81.0%  wrong 29 (15.3%)
 *   36 tuong-ban-mien-dong-hung   169/185 91.4%  wrong  2 (1.1%)     157/185 84.9%  wrong  8 (4.3%)
 *      sets 29-36                1411/1520 92.8% wrong 22 (1.4%)     1279/1520 84.1% wrong 97 (6.4%)
 *      (sets 29-36, same first run, the parser of commit d21d9f2 before this round of rules: 1376/1520 90.5%,
 *       wrong 25 (1.6%))
 *   37 gio-cha-uoc-le             166/182 91.2%  wrong  3 (1.6%)     158/182 86.8%  wrong 10 (5.5%)
 *   38 keo-cu-do-me-xung          168/180 93.3%  wrong  6 (3.3%)     161/180 89.4%  wrong  9 (5.0%)
 *   39 luoc-sung-thuy-ung         161/178 90.4%  wrong  8 (4.5%)     153/178 86.0%  wrong 15 (8.4%)
 *   40 quat-giay-chang-son        162/179 90.5%  wrong  3 (1.7%)     145/179 81.0%  wrong 12 (6.7%)
 *      sets 37-40                657/719 91.4% wrong 20 (2.8%)      617/719 85.8% wrong 46 (6.4%)
 *      (sets 37-40, same first run, the parser of commit d21d9f2: 648/719 90.1%, wrong 19 (2.6%))
 *   41 bun-pho-kho-banh-da        150/171 87.7%  wrong  4 (2.3%)     155/171 90.6%  wrong  9 (5.3%)
 *   42 hoa-giay-thanh-tien        163/173 94.2%  wrong  4 (2.3%)     144/173 83.2%  wrong 11 (6.4%)
 *   43 mam-tom-mam-tep-ruoc       171/178 96.1%  wrong  3 (1.7%)     162/178 91.0%  wrong 10 (5.6%)
 *   44 rem-tre-manh-truc          162/181 89.5%  wrong  6 (3.3%)     152/181 84.0%  wrong 10 (5.5%)
 *      sets 41-44                646/703 91.9% wrong 17 (2.4%)      613/703 87.2% wrong 40 (5.7%)
 *      (sets 41-44, same first run, the parser of commit d21d9f2: 643/703 91.5%, wrong 19 (2.7%); on the
 *       dried-noodle catalog this parser read 150/171 against 160/171: a rule let size words such as "nhỏ" yield
 *       to a measure even where they tell siblings apart; fixed after this run)
 *   45 che-lam-keo-lac-go-the     169/180 93.9%  wrong  7 (3.9%)     161/180 89.4%  wrong  9 (5.0%)
 *   46 nam-rom-moc-nhi            168/176 95.5%  wrong  0 (0.0%)     159/176 90.3%  wrong  9 (5.1%)
 *   47 tranh-gao-tranh-cat        163/176 92.6%  wrong  3 (1.7%)     146/176 83.0%  wrong 12 (6.8%)
 *   48 vai-dui-ton-lanh           155/175 88.6%  wrong  0 (0.0%)     143/175 81.7%  wrong  8 (4.6%)
 *      sets 45-48                655/707 92.6% wrong 10 (1.4%)      609/707 86.1% wrong 38 (5.4%)
 *      (sets 45-48, same first run, the parser of commit d21d9f2: 644/707 91.1%, wrong 10 (1.4%))
 *   49 cay-giong-hung-yen         159/180 88.3%  wrong  2 (1.1%)     144/180 80.0%  wrong  7 (3.9%)
 *   50 dau-ep-lanh                194/204 95.1%  wrong  2 (1.0%)     185/204 90.7%  wrong  7 (3.4%)
 *   51 do-tho-son-dong            173/179 96.6%  wrong  2 (1.1%)     160/179 89.4%  wrong  3 (1.7%)
 *   52 gao-dac-san                189/203 93.1%  wrong  5 (2.5%)     182/203 89.7%  wrong  8 (3.9%)
 *   53 hoa-cay-canh-nhat-tan      155/178 87.1%  wrong  6 (3.4%)     125/178 70.2%  wrong 12 (6.7%)
 *   54 kham-trai-chuyen-my        175/180 97.2%  wrong  2 (1.1%)     164/180 91.1%  wrong  8 (4.4%)
 *   55 lap-xuong-banh-chung       168/177 94.9%  wrong  2 (1.1%)     158/177 89.3%  wrong  9 (5.1%)
 *   56 len-moc-tay                154/175 88.0%  wrong  7 (4.0%)     140/175 80.0%  wrong 13 (7.4%)
 *      sets 49-56               1367/1476 92.6% wrong 28 (1.9%)    1258/1476 85.2% wrong 67 (4.5%)
 *      (sets 49-56, first run at commit bc84402, after the parser had been tuned on sets 1-48; same run, the
 *       parser of commit 30c289d, before that round of tuning: 1356/1476 91.9%, wrong 25 (1.7%))
 *   57 banh-phong-tom-sa-dec       206/240 85.8%  wrong  7 (2.9%)     188/240 78.3%  wrong 17 (7.1%)
 *   58 choi-dot-trieu-khuc        170/172 98.8%  wrong  0 (0.0%)     162/172 94.2%  wrong  1 (0.6%)
 *   59 guoc-moc-tay-ninh          164/171 95.9%  wrong  0 (0.0%)     160/171 93.6%  wrong  5 (2.9%)
 *   60 hat-giong-rau-sach         172/181 95.0%  wrong  3 (1.7%)     150/181 82.9%  wrong 11 (6.1%)
 *   61 nen-thom-thu-cong          164/172 95.3%  wrong  0 (0.0%)     139/172 80.8%  wrong  8 (4.7%)
 *   62 noi-dong-dai-bai           171/174 98.3%  wrong  0 (0.0%)     159/174 91.4%  wrong  9 (5.2%)
 *   63 toi-hanh-ly-son            214/236 90.7%  wrong  4 (1.7%)     197/236 83.5%  wrong 15 (6.4%)
 *   64 vai-thieu-nhan-long        172/181 95.0%  wrong  4 (2.2%)     139/181 76.8%  wrong  9 (5.0%)
 *      sets 57-64               1433/1527 93.8% wrong 18 (1.2%)    1294/1527 84.7% wrong 75 (4.9%)
 *      (sets 57-64, first run at commit 1bf330d, after the parser had been tuned on sets 1-56; same run, the parser
 *       of commit bc84402 (before the tuning on sets 49-56): 1425/1527 93.3%, wrong 20 (1.3%); of commit 30c289d:
 *       1410/1527 92.3%, wrong 21 (1.4%))
 *   65 bun-cha-ca-la-vong         149/175 85.1%  wrong  4 (2.3%)     131/175 74.9%  wrong 11 (6.3%)
 *   66 gia-vi-tay-bac             165/183 90.2%  wrong  8 (4.4%)     162/183 88.5%  wrong 13 (7.1%)
 *   67 gio-nhua-dan-tay           166/171 97.1%  wrong  1 (0.6%)     154/171 90.1%  wrong 13 (7.6%)
 *   68 gom-bau-truc               168/173 97.1%  wrong  2 (1.2%)     154/173 89.0%  wrong 10 (5.8%)
 *   69 hat-mac-ca-dinh-duong      157/171 91.8%  wrong  3 (1.8%)     141/171 82.5%  wrong  9 (5.3%)
 *   70 tham-day-coi-thai-binh     165/173 95.4%  wrong  1 (0.6%)     151/173 87.3%  wrong  6 (3.5%)
 *   71 tra-sen-tay-ho             164/175 93.7%  wrong  4 (2.3%)     146/175 83.4%  wrong 10 (5.7%)
 *   72 tui-vai-canvas-in          167/172 97.1%  wrong  3 (1.7%)     143/172 83.1%  wrong  9 (5.2%)
 *      sets 65-72               1301/1393 93.4% wrong 26 (1.9%)    1182/1393 84.9% wrong 81 (5.8%)
 *      (sets 65-72, first run at commit a9444f7, after the parser had been tuned on sets 1-64; same run, the parser
 *       of commit 30c289d (before the tuning on sets 49-64): 1287/1393 92.4%, wrong 32 (2.3%))
 *   73 am-tu-sa-chen-tra          169/176 96.0%  wrong  1 (0.6%)     154/176 87.5%  wrong  5 (2.8%)
 *   74 ao-dai-may-san             170/178 95.5%  wrong  2 (1.1%)     148/178 83.1%  wrong  6 (3.4%)
 *   75 ca-kho-vu-dai              168/176 95.5%  wrong  1 (0.6%)     150/176 85.2%  wrong  6 (3.4%)
 *   76 dieu-sao-ba-giang          172/184 93.5%  wrong  1 (0.5%)     151/184 82.1%  wrong 16 (8.7%)
 *   77 dung-cu-cau-ca             168/188 89.4%  wrong  2 (1.1%)     132/188 70.2%  wrong 27 (14.4%)
 *   78 sua-moc-chau               155/177 87.6%  wrong  8 (4.5%)     129/177 72.9%  wrong 20 (11.3%)
 *   79 trung-vit-muoi             172/183 94.0%  wrong  2 (1.1%)     161/183 88.0%  wrong  7 (3.8%)
 *   80 vong-xep-vong-du           162/175 92.6%  wrong  2 (1.1%)     145/175 82.9%  wrong 10 (5.7%)
 *      sets 73-80               1336/1437 93.0% wrong 19 (1.3%)    1170/1437 81.4% wrong 97 (6.8%)
 *      (sets 73-80, first run at commit d75283c, after the parser had been tuned on sets 1-72; same run, the parser
 *       of commit 966525c (this round's start, before the tuning on sets 65-72): 1314/1437 91.4%, wrong 19 (1.3%))
 *   81 banh-kem-sinh-nhat         163/181 90.1%  wrong  2 (1.1%)     136/181 75.1%  wrong 24 (13.3%)
 *   82 dau-phu-lang-mo            192/219 87.7%  wrong  7 (3.2%)     164/219 74.9%  wrong 18 (8.2%)
 *   83 do-choi-go                 163/179 91.1%  wrong  2 (1.1%)     136/179 76.0%  wrong 11 (6.1%)
 *   84 ga-dong-tao                167/176 94.9%  wrong  0 (0.0%)     126/176 71.6%  wrong 15 (8.5%)
 *   85 so-da-but-ky               153/171 89.5%  wrong  9 (5.3%)     136/171 79.5%  wrong 13 (7.6%)
 *   86 tinh-bot-nghe              168/177 94.9%  wrong  1 (0.6%)     152/177 85.9%  wrong  6 (3.4%)
 *   87 tra-sua-nuoc-mia           154/175 88.0%  wrong  3 (1.7%)     130/175 74.3%  wrong 13 (7.4%)
 *   88 vang-da-lat                201/218 92.2%  wrong  4 (1.8%)     148/218 67.9%  wrong 12 (5.5%)
 *      sets 81-88               1361/1496 91.0% wrong 28 (1.9%)    1128/1496 75.4% wrong 112 (7.5%)
 *      (sets 81-88, first run at commit eff080f, after the parser had been tuned on sets 1-80; same run, the parser
 *       of commit d75283c (before the tuning on sets 73-80): 1346/1496 90.0%, wrong 35 (2.3%); of commit 966525c:
 *       1336/1496 89.3%, wrong 35 (2.3%))
 *   89 ao-thun-in                 154/173 89.0%  wrong  4 (2.3%)     144/173 83.2%  wrong 17 (9.8%)
 *   90 banh-mi-que-hai-phong      158/178 88.8%  wrong  4 (2.2%)     125/178 70.2%  wrong  6 (3.4%)
 *   91 cam-buoi-vinh              157/174 90.2%  wrong  5 (2.9%)     126/174 72.4%  wrong 30 (17.2%)
 *   92 gau-bong                   165/176 93.8%  wrong  2 (1.1%)     140/176 79.5%  wrong 14 (8.0%)
 *   93 hai-san-tuoi-nha-trang     163/175 93.1%  wrong  1 (0.6%)     138/175 78.9%  wrong 13 (7.4%)
 *   94 nuoc-ep-trai-cay           159/175 90.9%  wrong  4 (2.3%)     135/175 77.1%  wrong 15 (8.6%)
 *   95 rau-sach-da-lat            174/179 97.2%  wrong  1 (0.6%)     158/179 88.3%  wrong  8 (4.5%)
 *   96 thuc-an-thu-cung           168/183 91.8%  wrong  4 (2.2%)     153/183 83.6%  wrong 12 (6.6%)
 *      sets 89-96               1298/1413 91.9% wrong 25 (1.8%)    1119/1413 79.2% wrong 115 (8.1%)
 *      (sets 89-96, first run at commit 8267dac, after the parser had been tuned on sets 1-88; same run, the parser
 *       of commit eff080f (before the tuning on sets 81-88): 1295/1413 91.6%, wrong 25 (1.8%); of commit 966525c:
 *       1272/1413 90.0%, wrong 29 (2.1%))
 *   97 banh-bao-ha-noi            157/170 92.4%  wrong  2 (1.2%)     133/170 78.2%  wrong  9 (5.3%)
 *   98 banh-cuon-thanh-tri        165/171 96.5%  wrong  1 (0.6%)     147/171 86.0%  wrong 10 (5.8%)
 *   99 che-thai-cho               161/174 92.5%  wrong  4 (2.3%)     111/174 63.8%  wrong 17 (9.8%)
 *   100 quan-ao-tre-em             156/173 90.2%  wrong  3 (1.7%)     146/173 84.4%  wrong  8 (4.6%)
 *   101 thiep-cuoi                 145/176 82.4%  wrong 12 (6.8%)     134/176 76.1%  wrong 29 (16.5%)
 *   102 thit-heo-sach              176/185 95.1%  wrong  3 (1.6%)     145/185 78.4%  wrong  9 (4.9%)
 *   103 thot-go-nha-bep            166/174 95.4%  wrong  0 (0.0%)     136/174 78.2%  wrong 27 (15.5%)
 *   104 xoi-ngu-sac                158/171 92.4%  wrong  5 (2.9%)     153/171 89.5%  wrong  9 (5.3%)
 *      sets 97-104              1284/1394 92.1% wrong 30 (2.2%)    1105/1394 79.3% wrong 118 (8.5%)
 *      (sets 97-104, first run at commit 943fa40, after the parser had been tuned on sets 1-96; same run, the parser
 *       of commit 8267dac (before the tuning on sets 89-96): 1284/1394 92.1%, wrong 30 (2.2%); of commit 966525c:
 *       1210/1394 86.8%, wrong 35 (2.5%))
 *   105 ca-canh-thuy-sinh          156/180 86.7%  wrong  4 (2.2%)     145/180 80.6%  wrong  9 (5.0%)
 *   106 com-tam-van-phong          149/180 82.8%  wrong  4 (2.2%)     103/180 57.2%  wrong  7 (3.9%)
 *   107 khan-bong-lang-det         173/180 96.1%  wrong  5 (2.8%)     145/180 80.6%  wrong 17 (9.4%)
 *   108 kho-bo-do-an-vat           166/180 92.2%  wrong 11 (6.1%)     141/180 78.3%  wrong 14 (7.8%)
 *   109 phan-bon-dat-trong         162/180 90.0%  wrong  6 (3.3%)     131/180 72.8%  wrong 14 (7.8%)
 *   110 sam-ngoc-linh              164/180 91.1%  wrong  6 (3.3%)     128/180 71.1%  wrong 19 (10.6%)
 *   111 tinh-dau-tram-hue          161/180 89.4%  wrong 14 (7.8%)     143/180 79.4%  wrong 20 (11.1%)
 *   112 yen-sao-khanh-hoa          164/180 91.1%  wrong  7 (3.9%)     128/180 71.1%  wrong 28 (15.6%)
 *      sets 105-112             1295/1440 89.9% wrong 57 (4.0%)    1064/1440 73.9% wrong 128 (8.9%)
 *      (sets 105-112, first run at commit ac344f4, after the parser had been tuned on sets 1-104; same run, the parser
 *       of commit c037280 (this round's start, before the tuning on sets 97-104): 1299/1440 90.2%, wrong 67 (4.7%))
 *   113 banh-trung-thu-thu-cong    163/190 85.8%  wrong  8 (4.2%)     136/190 71.6%  wrong 11 (5.8%)
 *   114 ca-phe-phin-dung-cu        155/179 86.6%  wrong  6 (3.4%)     139/179 77.7%  wrong  7 (3.9%)
 *   115 chai-lo-thuy-tinh          150/176 85.2%  wrong  3 (1.7%)     102/176 58.0%  wrong 13 (7.4%)
 *   116 dua-ca-muoi-chua           148/175 84.6%  wrong  6 (3.4%)     120/175 68.6%  wrong 14 (8.0%)
 *   117 gao-lut-ngu-coc            146/176 83.0%  wrong  5 (2.8%)     129/176 73.3%  wrong 10 (5.7%)
 *   118 mi-quang-hoi-an            149/173 86.1%  wrong  2 (1.2%)     107/173 61.8%  wrong 15 (8.7%)
 *   119 thuc-an-chan-nuoi          133/174 76.4%  wrong  5 (2.9%)     109/174 62.6%  wrong 26 (14.9%)
 *   120 tranh-theu-chu-thap        138/177 78.0%  wrong 13 (7.3%)     128/177 72.3%  wrong 21 (11.9%)
 *      sets 113-120             1182/1420 83.2% wrong 48 (3.4%)    970/1420 68.3% wrong 117 (8.2%)
 *      (sets 113-120, first run at commit ac344f4, after the parser had been tuned on sets 1-104; same run, the parser
 *       of commit c037280 (this round's start, before the tuning on sets 97-104): 1193/1420 84.0%, wrong 52 (3.7%))
 *      (sets 113-120 were written partly by a generator filling phrasings of each product into templates, the labels
 *       from the same data, plus hand-written hard cases; some lines read stiffly ("bốn ly Nước mía ly").)
 *      (set 120's shop file was refused by the importer as written: its product codes had a lower-case "x"
 *       ("KIT-MD-60x90"); they were upper-cased in both files, nothing else changed, before its first run.)
 *   121 banh-it-la-gai             147/175 84.0%  wrong 10 (5.7%)     114/175 65.1%  wrong  6 (3.4%)
 *   122 do-da-bo-that-lung         139/170 81.8%  wrong  6 (3.5%)     121/170 71.2%  wrong 20 (11.8%)
 *   123 ga-vit-quay                141/170 82.9%  wrong 19 (11.2%)    111/170 65.3%  wrong 17 (10.0%)
 *   124 hat-giong-hoa              124/170 72.9%  wrong 10 (5.9%)     99/170 58.2%  wrong  7 (4.1%)
 *   125 long-chim-canh             144/172 83.7%  wrong  5 (2.9%)     125/172 72.7%  wrong 13 (7.6%)
 *   126 nuoc-cot-dua-dua-kho       149/170 87.6%  wrong  9 (5.3%)     122/170 71.8%  wrong 11 (6.5%)
 *      sets 121-126             844/1027 82.2% wrong 59 (5.7%)    692/1027 67.4% wrong 74 (7.2%)
 *      (sets 121-126, first run at commit 0d12b98, after the parser had been tuned on sets 1-120; same run, the parser
 *       of commit c037280 (this round's start): 840/1027 81.8%, wrong 61 (5.9%); of commit ac344f4 (before the
 *       tuning on sets 105-120): the same as this commit, 844/1027 82.2%, wrong 59 (5.7%).)
 *   127 cha-gio-ha-cao-dong-lanh   152/176 86.4%  wrong  4 (2.3%)     130/176 73.9%  wrong 10 (5.7%)
 *   128 dau-goi-bo-ket             142/170 83.5%  wrong  5 (2.9%)     128/170 75.3%  wrong 17 (10.0%)
 *   129 mang-kho-dac-san-rung      156/170 91.8%  wrong  7 (4.1%)     146/170 85.9%  wrong 10 (5.9%)
 *   130 pho-bo-mang-ve             147/175 84.0%  wrong 13 (7.4%)     120/175 68.6%  wrong 19 (10.9%)
 *   131 son-dinh-oc-vit            163/172 94.8%  wrong  2 (1.2%)     149/172 86.6%  wrong 11 (6.4%)
 *   132 tra-hoa-say-kho            160/171 93.6%  wrong  2 (1.2%)     123/171 71.9%  wrong 20 (11.7%)
 *   133 vong-tay-go-tram           132/172 76.7%  wrong  8 (4.7%)     112/172 65.1%  wrong 10 (5.8%)
 *   134 xoai-sau-rieng-mien-tay    150/175 85.7%  wrong  5 (2.9%)     143/175 81.7%  wrong 15 (8.6%)
 *      sets 127-134             1202/1381 87.0% wrong 46 (3.3%)    1051/1381 76.1% wrong 112 (8.1%)
 *      (sets 127-134, first run at commit 857e07e, after the parser had been tuned on sets 1-126; same run, the parser
 *       of commit 0d12b98 (before the rules added after the first run of sets 121-126): the same, 1202/1381 87.0%,
 *       wrong 46 (3.3%).)
 *   135 banh-canh-cua-tra-vinh     141/172 82.0%  wrong 10 (5.8%)     118/172 68.6%  wrong 28 (16.3%)
 *   136 banh-xeo-mien-tay          163/175 93.1%  wrong  2 (1.1%)     138/175 78.9%  wrong 14 (8.0%)
 *   137 ca-phe-muoi-hue            155/170 91.2%  wrong  4 (2.4%)     131/170 77.1%  wrong 17 (10.0%)
 *   138 chieu-truc-tre             144/172 83.7%  wrong  3 (1.7%)     132/172 76.7%  wrong 10 (5.8%)
 *   139 dep-coi-thai-binh          154/172 89.5%  wrong  6 (3.5%)     133/172 77.3%  wrong 18 (10.5%)
 *   140 dong-phuc-may-san          152/172 88.4%  wrong  4 (2.3%)     142/172 82.6%  wrong 12 (7.0%)
 *   141 nem-lui-hue                146/172 84.9%  wrong  6 (3.5%)     125/172 72.7%  wrong 18 (10.5%)
 *   142 tuong-go-phong-thuy        157/170 92.4%  wrong  5 (2.9%)     140/170 82.4%  wrong 14 (8.2%)
 *      sets 135-142             1212/1375 88.1% wrong 40 (2.9%)    1059/1375 77.0% wrong 131 (9.5%)
 *      (sets 135-142, first run at commit ec76725, after the parser had been tuned on sets 1-134; same run, the parser
 *       of commit 857e07e (before that tuning): 1194/1375 86.8%, wrong 41 (3.0%).)
 *   143 banh-mi-hoi-an             144/174 82.8%  wrong 11 (6.3%)     117/174 67.2%  wrong 25 (14.4%)
 *   144 dan-bau-dan-tranh          144/170 84.7%  wrong 15 (8.8%)     133/170 78.2%  wrong 19 (11.2%)
 *   145 gom-phu-lang               152/172 88.4%  wrong 14 (8.1%)     146/172 84.9%  wrong 11 (6.4%)
 *   146 kim-chi-dua-muoi           159/171 93.0%  wrong  5 (2.9%)     142/171 83.0%  wrong  7 (4.1%)
 *   147 lau-de-mang-ve             143/172 83.1%  wrong  8 (4.7%)     113/172 65.7%  wrong 12 (7.0%)
 *   148 nuoc-tuong-dau-nanh        164/172 95.3%  wrong  4 (2.3%)     140/172 81.4%  wrong 11 (6.4%)
 *   149 thap-huong-bai-tri         155/170 91.2%  wrong  5 (2.9%)     123/170 72.4%  wrong 22 (12.9%)
 *   150 tui-coi-thu-cong           156/172 90.7%  wrong  2 (1.2%)     143/172 83.1%  wrong 15 (8.7%)
 *      sets 143-150             1217/1373 88.6% wrong 64 (4.7%)    1057/1373 77.0% wrong 122 (8.9%)
 *      (sets 143-150, first run at commit b63853e, after the parser had been tuned on sets 1-142; same run, the parser
 *       of commit 857e07e (before the tuning of this round): 1213/1373 88.3%, wrong 63 (4.6%).)
 *      (sets 147 and 148's shop files were refused by the importer as written: product codes with a full stop
 *       ("COCA-1.5L") and a lower-case "x" ("QUA-3x250"); they were written "COCA-1-5L" and "QUA-3X250" in both files,
 *       nothing else changed, before their first run.)
 *   151 banh-da-cua-hai-phong      153/172 89.0%  wrong  8 (4.7%)     132/172 76.7%  wrong 12 (7.0%)
 *   152 ca-phe-rang-xay-buon-ma-thuot 159/175 90.9%  wrong  6 (3.4%)     134/175 76.6%  wrong 11 (6.3%)
 *   153 do-go-my-nghe-van-ha       161/175 92.0%  wrong  6 (3.4%)     144/175 82.3%  wrong 19 (10.9%)
 *   154 hoa-qua-say-deo            165/175 94.3%  wrong  5 (2.9%)     154/175 88.0%  wrong  5 (2.9%)
 *   155 may-tre-dan-xuat-khau      162/175 92.6%  wrong  4 (2.3%)     150/175 85.7%  wrong 10 (5.7%)
 *   156 quan-com-ga-hoi-an         161/175 92.0%  wrong  2 (1.1%)     134/175 76.6%  wrong 25 (14.3%)
 *   157 tuong-ot-muong-khuong      164/175 93.7%  wrong  3 (1.7%)     146/175 83.4%  wrong 13 (7.4%)
 *   158 vai-lanh-thoi-trang        159/175 90.9%  wrong  1 (0.6%)     149/175 85.1%  wrong  6 (3.4%)
 *      sets 151-158             1284/1397 91.9% wrong 35 (2.5%)    1143/1397 81.8% wrong 101 (7.2%)
 *      (sets 151-158, first run at commit ef40e02, after the parser had been tuned on sets 1-150; same run, the parser
 *       of commit 857e07e (this round's start): 1273/1397 91.1%, wrong 40 (2.9%); of commit b63853e (before the tuning
 *       on sets 143-150): the same as this commit.)
 *   159 ao-len-dan-tay             163/175 93.1%  wrong  1 (0.6%)     144/175 82.3%  wrong  7 (4.0%)
 *   160 banh-pia-kim-sa            167/175 95.4%  wrong  2 (1.1%)     139/175 79.4%  wrong  7 (4.0%)
 *   161 cha-ca-nha-trang           170/178 95.5%  wrong  2 (1.1%)     154/178 86.5%  wrong  4 (2.2%)
 *   162 che-hue-mang-ve            162/171 94.7%  wrong  0 (0.0%)     137/171 80.1%  wrong 14 (8.2%)
 *   163 gom-su-minh-long           161/172 93.6%  wrong  5 (2.9%)     148/172 86.0%  wrong 10 (5.8%)
 *   164 mat-ong-hoa-ca-phe         166/175 94.9%  wrong  3 (1.7%)     149/175 85.1%  wrong 10 (5.7%)
 *   165 mu-bao-hiem-in-logo        140/170 82.4%  wrong  2 (1.2%)     127/170 74.7%  wrong  3 (1.8%)
 *   166 quat-may-tre               167/175 95.4%  wrong  2 (1.1%)     158/175 90.3%  wrong  3 (1.7%)
 *      sets 159-166             1296/1391 93.2% wrong 17 (1.2%)    1156/1391 83.1% wrong 58 (4.2%)
 *      (sets 159-166, first run at commit 47238d2, after the parser had been tuned on sets 1-158; same run, the parser
 *       of commit 857e07e (this round's start): 1277/1391 91.8%, wrong 17 (1.2%); of commit ef40e02 (before the tuning
 *       on sets 151-158): 1290/1391 92.7%, wrong 17 (1.2%).)
 *   167 ao-mua-o-du                160/172 93.0%  wrong  2 (1.2%)     141/172 82.0%  wrong  9 (5.2%)
 *   168 chum-vai-lu-sanh           163/172 94.8%  wrong  2 (1.2%)     140/172 81.4%  wrong  9 (5.2%)
 *   169 dau-lac-vung-ep            162/172 94.2%  wrong  4 (2.3%)     133/172 77.3%  wrong 14 (8.1%)
 *   170 dung-cu-lam-vuon           162/172 94.2%  wrong  3 (1.7%)     151/172 87.8%  wrong 12 (7.0%)
 *   171 moc-khoa-qua-luu-niem      149/172 86.6%  wrong  7 (4.1%)     134/172 77.9%  wrong 19 (11.0%)
 *   172 mut-tet-hop-qua            158/172 91.9%  wrong  4 (2.3%)     141/172 82.0%  wrong 12 (7.0%)
 *   173 nem-chua-thanh-hoa         152/172 88.4%  wrong  8 (4.7%)     112/172 65.1%  wrong 15 (8.7%)
 *   174 thung-carton-bao-bi        138/175 78.9%  wrong 11 (6.3%)     126/175 72.0%  wrong 15 (8.6%)
 *      sets 167-174             1244/1379 90.2% wrong 41 (3.0%)    1078/1379 78.2% wrong 105 (7.6%)
 *      (sets 167-174, first run at commit 88f99cd, after the parser had been tuned on sets 1-166; that commit reads
 *       every message as commit 289bc33, the end of the round tuned on sets 159-166, does.)
 *   175 bot-an-dam-cho-be          162/172 94.2%  wrong  4 (2.3%)     144/172 83.7%  wrong  9 (5.2%)
 *   176 den-led-trang-tri          157/172 91.3%  wrong  7 (4.1%)     138/172 80.2%  wrong 16 (9.3%)
 *   177 keo-mach-nha-keo-lac       153/171 89.5%  wrong  7 (4.1%)     146/171 85.4%  wrong  7 (4.1%)
 *   178 muc-kho-ca-chi-vang        161/170 94.7%  wrong  3 (1.8%)     143/170 84.1%  wrong  6 (3.5%)
 *   179 nuoc-giat-rua-huu-co       158/172 91.9%  wrong  9 (5.2%)     135/172 78.5%  wrong 14 (8.1%)
 *   180 sen-da-xuong-rong          162/172 94.2%  wrong  5 (2.9%)     144/172 83.7%  wrong  5 (2.9%)
 *   181 sot-lau-gia-vi             161/170 94.7%  wrong  3 (1.8%)     146/170 85.9%  wrong  4 (2.4%)
 *   182 than-cui-bbq               162/172 94.2%  wrong  7 (4.1%)     151/172 87.8%  wrong 15 (8.7%)
 *      sets 175-182             1276/1371 93.1% wrong 45 (3.3%)    1147/1371 83.7% wrong 76 (5.5%)
 *      (sets 175-182, first run at commit 523c2ef, after the parser had been tuned on sets 1-174; same run, the parser
 *       of commit 289bc33 (this round's start): 1275/1371 93.0%, wrong 45 (3.3%).)
 *   183 bun-mien-pho-kho           158/171 92.4%  wrong  4 (2.3%)     136/171 79.5%  wrong  7 (4.1%)
 *   184 do-gia-dung-inox           161/172 93.6%  wrong  5 (2.9%)     146/172 84.9%  wrong  8 (4.7%)
 *   185 gach-trang-tri-bat-trang   159/172 92.4%  wrong  2 (1.2%)     149/172 86.6%  wrong  6 (3.5%)
 *   186 hop-qua-doanh-nghiep       148/171 86.5%  wrong  8 (4.7%)     121/171 70.8%  wrong 11 (6.4%)
 *   187 khan-lua-in-hoa            151/172 87.8%  wrong  4 (2.3%)     147/172 85.5%  wrong 11 (6.4%)
 *   188 mam-cung-dat-truoc         142/170 83.5%  wrong  9 (5.3%)     129/170 75.9%  wrong 14 (8.2%)
 *   189 sua-hat-dong-chai          157/175 89.7%  wrong  8 (4.6%)     116/175 66.3%  wrong 14 (8.0%)
 *   190 vang-ma-huong-nen          158/172 91.9%  wrong  3 (1.7%)     143/172 83.1%  wrong 13 (7.6%)
 *      sets 183-190             1234/1375 89.7% wrong 43 (3.1%)    1087/1375 79.1% wrong 84 (6.1%)
 *      (sets 183-190, first run at commit a49c8af, after the parser had been tuned on sets 1-182; same run, the parser
 *       of commit 289bc33 (this round's start): 1235/1375 89.8%, wrong 45 (3.3%); of commit 523c2ef (before the tuning
 *       on sets 175-182): 1235/1375 89.8%, wrong 44 (3.2%).)
 *   191 bot-san-day-bot-gao        146/172 84.9%  wrong  8 (4.7%)     129/172 75.0%  wrong 12 (7.0%)
 *   192 but-long-thu-phap          111/125 88.8%  wrong  4 (3.2%)     105/125 84.0%  wrong  9 (7.2%)
 *   193 duong-phen-mat-mia         157/172 91.3%  wrong  8 (4.7%)     120/172 69.8%  wrong 23 (13.4%)
 *   194 hat-sen-toi-den            114/120 95.0%  wrong  2 (1.7%)     99/120 82.5%   wrong  4 (3.3%)
 *   195 khung-anh-dong-ho-go       143/172 83.1%  wrong  6 (3.5%)     132/172 76.7%  wrong 13 (7.6%)
 *   196 luoi-cau-day-thung         111/125 88.8%  wrong  7 (5.6%)     98/125 78.4%   wrong  5 (4.0%)
 *   197 mo-hinh-thuyen-go          156/172 90.7%  wrong  6 (3.5%)     141/172 82.0%  wrong 15 (8.7%)
 *   198 thit-trau-gac-bep          119/124 96.0%  wrong  2 (1.6%)     112/124 90.3%  wrong  4 (3.2%)
 *      sets 191-198             1057/1182 89.4% wrong 43 (3.6%)    936/1182 79.2% wrong 85 (7.2%)
 *      (sets 191-198, first run at commit caede0c, after the parser had been tuned on sets 1-190; same run, the parser
 *       of commit 50c5f9b (this round's start, before the two rules of caede0c): the same figures. Sets 192, 194, 196
 *       and 198 have 120-125 messages each (their writer stopped at the time limit). Set 192's shop file was refused by
 *       the importer as written: product codes with a lower-case "x" ("DO-TO-60x90"); they were upper-cased in both
 *       files, nothing else changed, before its first run.)
 *   199 ao-ba-ba-may-san           138/151 91.4%  wrong  5 (3.3%)     124/151 82.1%  wrong 11 (7.3%)
 *   200 chau-canh-gom-bien-hoa     136/152 89.5%  wrong  2 (1.3%)     124/152 81.6%  wrong  4 (2.6%)
 *   201 dau-gio-cao-xoa            137/150 91.3%  wrong  9 (6.0%)     105/150 70.0%  wrong 32 (21.3%)
 *   202 den-tre-may                143/150 95.3%  wrong  3 (2.0%)     138/150 92.0%  wrong  4 (2.7%)
 *   203 goi-cao-su-goi-theu        138/150 92.0%  wrong  0 (0.0%)     118/150 78.7%  wrong  3 (2.0%)
 *   204 nam-linh-chi               135/151 89.4%  wrong  7 (4.6%)     110/151 72.8%  wrong 14 (9.3%)
 *   205 tham-xo-dua                140/150 93.3%  wrong  1 (0.7%)     127/150 84.7%  wrong  4 (2.7%)
 *   206 tra-atiso-da-lat           122/151 80.8%  wrong  7 (4.6%)     110/151 72.8%  wrong 11 (7.3%)
 *      sets 199-206             1089/1205 90.4% wrong 34 (2.8%)    956/1205 79.3% wrong 83 (6.9%)
 *      (sets 199-206, first run at commit 064a964, after the parser had been tuned on sets 1-198; same run, the parser
 *       of commit caede0c (this round's start, before the tuning on sets 191-198): 1085/1205 90.0%, wrong 34 (2.8%).)
 *   207 com-chay-ninh-binh         131/150 87.3%  wrong  2 (1.3%)     117/150 78.0%  wrong  4 (2.7%)
 *   208 do-nhua-gia-dung           140/150 93.3%  wrong  1 (0.7%)     116/150 77.3%  wrong 16 (10.7%)
 *   209 dua-luoi-trai-cay          135/152 88.8%  wrong  5 (3.3%)     113/152 74.3%  wrong 13 (8.6%)
 *   210 khay-tra-go                56/60 93.3%    wrong  0 (0.0%)     53/60 88.3%    wrong  0 (0.0%)
 *   211 nha-dam-thach              141/150 94.0%  wrong  5 (3.3%)     130/150 86.7%  wrong 11 (7.3%)
 *   212 tui-thom-nuoc-hoa          136/150 90.7%  wrong  4 (2.7%)     120/150 80.0%  wrong 18 (12.0%)
 *      sets 207-212              739/812 91.0% wrong 17 (2.1%)      649/812 79.9% wrong 62 (7.6%)
 *      (sets 207-212, first run at commit c5269de, after the parser had been tuned on sets 1-206; same run, the parser
 *       of commit 8f09a29 (this round's start, before the tuning on sets 199-206): the same figures; of commit 50c5f9b
 *       (before this session's rules): 739/812 91.0%, wrong 19 (2.3%). Set 210 has 60 messages, its writer stopped at
 *       the time limit.)
 *   213 cau-da-vot-cau-long        152/170 89.4%  wrong  5 (2.9%)     124/170 72.9%  wrong 10 (5.9%)
 *   214 gia-ke-sat-my-thuat        154/170 90.6%  wrong  4 (2.4%)     117/170 68.8%  wrong 13 (7.6%)
 *   215 mi-chu-bac-giang           157/170 92.4%  wrong  5 (2.9%)     135/170 79.4%  wrong  8 (4.7%)
 *   216 tieu-phu-quoc              153/170 90.0%  wrong  8 (4.7%)     130/170 76.5%  wrong 16 (9.4%)
 *   217 my-pham-thien-nhien        161/172 93.6%  wrong  4 (2.3%)     141/172 82.0%  wrong 15 (8.7%)
 *   218 ong-hut-co-bao-bi-xanh     154/171 90.1%  wrong  5 (2.9%)     132/171 77.2%  wrong 12 (7.0%)
 *   219 socola-ca-cao-ben-tre      154/172 89.5%  wrong  2 (1.2%)     134/172 77.9%  wrong  3 (1.7%)
 *   220 trap-an-hoi-cuoi           134/172 77.9%  wrong  7 (4.1%)     125/172 72.7%  wrong 27 (15.7%)
 *      sets 213-220            1219/1367 89.2% wrong 40 (2.9%)   1038/1367 75.9% wrong 104 (7.6%)
 *      (sets 213-220, first run at commit 30e7631, after the parser had been tuned on sets 1-212; same run, the parser
 *       of commit 93e9986 (this round's start, before the four rules of 1e0558b-30e7631): 1217/1367 89.0%, wrong 40
 *       (2.9%).)
 *   221 kim-chi-may-khau           160/175 91.4%  wrong  3 (1.7%)     134/175 76.6%  wrong 11 (6.3%)
 *   222 rong-bien-kho              156/175 89.1%  wrong  9 (5.1%)     134/175 76.6%  wrong 15 (8.6%)
 *   223 sua-chua-nep-cam           143/175 81.7%  wrong 15 (8.6%)     135/175 77.1%  wrong 25 (14.3%)
 *   224 tat-vo-gang-tay            163/175 93.1%  wrong  4 (2.3%)     138/175 78.9%  wrong 10 (5.7%)
 *   225 chao-dau-phu-nhu           172/180 95.6%  wrong  6 (3.3%)     156/180 86.7%  wrong  6 (3.3%)
 *   226 do-ngu-pijama              169/180 93.9%  wrong  3 (1.7%)     155/180 86.1%  wrong 10 (5.6%)
 *   227 kem-tuoi-que               174/180 96.7%  wrong  2 (1.1%)     132/180 73.3%  wrong 31 (17.2%)
 *   228 thiet-bi-dien-gia-dung     171/180 95.0%  wrong  5 (2.8%)     115/180 63.9%  wrong  9 (5.0%)
 *      sets 221-228            1308/1420 92.1% wrong 47 (3.3%)   1099/1420 77.4% wrong 117 (8.2%)
 *      (sets 221-228, first run at commit f547508, after the parser had been tuned on sets 1-220; same run, the parser
 *       of commit 916b2f7 (this round's start, before the tuning on sets 213-220): the same figures; of commit 93e9986
 *       (the session's start): 1306/1420 92.0%, wrong 47 (3.3%). Set 228's shop file was refused by the importer as
 *       written: three product codes with a dot ("DAY-1.5"); the dot became a dash in both files, nothing else
 *       changed, before its first run.)
 *   229 bo-hoa-tuoi                153/171 89.5%  wrong  6 (3.5%)     126/171 73.7%  wrong 13 (7.6%)
 *   230 dung-cu-yoga               160/170 94.1%  wrong  4 (2.4%)     126/170 74.1%  wrong 11 (6.5%)
 *   231 nuoc-suoi-binh-20l         132/170 77.6%  wrong 27 (15.9%)    119/170 70.0%  wrong 37 (21.8%)
 *   232 vo-but-hoc-sinh            133/170 78.2%  wrong 19 (11.2%)    117/170 68.8%  wrong 29 (17.1%)
 *   233 banh-bong-lan-cuon         158/170 92.9%  wrong  2 (1.2%)     138/170 81.2%  wrong  8 (4.7%)
 *   234 do-dung-em-be              161/170 94.7%  wrong  3 (1.8%)     135/170 79.4%  wrong 13 (7.6%)
 *   235 phu-kien-dien-thoai        147/171 86.0%  wrong  5 (2.9%)     119/171 69.6%  wrong  7 (4.1%)
 *   236 quan-ga-ran                153/170 90.0%  wrong  3 (1.8%)     109/170 64.1%  wrong 22 (12.9%)
 *      sets 229-236            1197/1362 87.9% wrong 69 (5.1%)    989/1362 72.6% wrong 140 (10.3%)
 *      (sets 229-236, first run at commit d5d4fa3, after the parser had been tuned on sets 1-228; same run, the parser
 *       of commit f547508 (this round's start, before the tuning on sets 221-228): the same figures; of commit 93e9986
 *       (the session's start): 1193/1362 87.6%, wrong 69 (5.1%). In set 231 most confident errors are one phrasing:
 *       "đổi 2 bình 20l" (swap two 20-litre jugs, a product the shop names "… đổi vỏ") read as a change of the order.)
 *   237 bia-thu-cong               166/175 94.9%  wrong  5 (2.9%)     135/175 77.1%  wrong 14 (8.0%)
 *   238 den-trang-tri-noel         155/175 88.6%  wrong  5 (2.9%)     135/175 77.1%  wrong 10 (5.7%)
 *   239 tap-hoa-online             162/176 92.0%  wrong  7 (4.0%)     132/176 75.0%  wrong 17 (9.7%)
 *   240 trai-cay-nhap-khau         149/172 86.6%  wrong  4 (2.3%)     135/172 78.5%  wrong 13 (7.6%)
 *   241 ban-chai-kem-danh-rang     168/180 93.3%  wrong  3 (1.7%)     132/180 73.3%  wrong 17 (9.4%)
 *   242 ban-ghe-go-noi-that        159/180 88.3%  wrong  7 (3.9%)     131/180 72.8%  wrong 19 (10.6%)
 *   243 giay-the-thao              164/180 91.1%  wrong  4 (2.2%)     142/180 78.9%  wrong 14 (7.8%)
 *   244 thuc-pham-chay             163/180 90.6%  wrong  4 (2.2%)     132/180 73.3%  wrong 12 (6.7%)
 *      sets 237-244            1286/1418 90.7% wrong 39 (2.8%)   1074/1418 75.7% wrong 116 (8.2%)
 *      (sets 237-244, first run at commit 854f17c, after the parser had been tuned on sets 1-236; same run, the parser
 *       of commit d5d4fa3 (this round's start, before the tuning on sets 229-236): 1283/1418 90.5%, wrong 39 (2.8%);
 *       of commit 93e9986 (the session's start): 1280/1418 90.3%, wrong 39 (2.8%).)
 *   245 nuoc-hoa-chiet             162/175 92.6%  wrong  3 (1.7%)     148/175 84.6%  wrong 11 (6.3%)
 *   246 phu-tung-xe-may            159/175 90.9%  wrong  2 (1.1%)     129/175 73.7%  wrong 12 (6.9%)
 *   247 thuc-pham-dong-lanh        166/175 94.9%  wrong  2 (1.1%)     132/175 75.4%  wrong 15 (8.6%)
 *   248 xe-dap-phu-tung            155/175 88.6%  wrong 10 (5.7%)     141/175 80.6%  wrong 13 (7.4%)
 *   249 banh-canh-bot-loc          148/170 87.1%  wrong  4 (2.4%)     126/170 74.1%  wrong 16 (9.4%)
 *   250 son-tuong-nuoc             151/171 88.3%  wrong  6 (3.5%)     129/171 75.4%  wrong 16 (9.4%)
 *   251 truyen-tranh-sach          150/172 87.2%  wrong  4 (2.3%)     132/172 76.7%  wrong 15 (8.7%)
 *   252 tui-nilon-bao-bi           149/170 87.6%  wrong  7 (4.1%)     131/170 77.1%  wrong 25 (14.7%)
 *      sets 245-252            1240/1383 89.7% wrong 38 (2.7%)   1068/1383 77.2% wrong 123 (8.9%)
 *      (sets 245-252, first run at commit a45949d, after the parser had been tuned on sets 1-244; same run, the parser
 *       of commit 854f17c (this round's start, before the tuning on sets 237-244): the same figures; of commit 93e9986
 *       (the session's start): 1239/1383 89.6%, wrong 39 (2.8%).)
 *   253 dung-cu-ve-tranh           162/172 94.2%  wrong  5 (2.9%)     136/172 79.1%  wrong 15 (8.7%)
 *   254 keo-deo-trai-cay           167/175 95.4%  wrong  4 (2.3%)     156/175 89.1%  wrong  9 (5.1%)
 *   255 mut-dau-tam                166/174 95.4%  wrong  4 (2.3%)     142/174 81.6%  wrong 14 (8.0%)
 *   256 phu-kien-toc               163/170 95.9%  wrong  1 (0.6%)     141/170 82.9%  wrong 13 (7.6%)
 *   257 den-pin-sac                157/170 92.4%  wrong  3 (1.8%)     129/170 75.9%  wrong  7 (4.1%)
 *   258 hat-dua-hat-bi             162/172 94.2%  wrong  2 (1.2%)     143/172 83.1%  wrong  6 (3.5%)
 *   259 kinh-mat-gong-can          151/170 88.8%  wrong  4 (2.4%)     128/170 75.3%  wrong 12 (7.1%)
 *   260 lan-ho-diep                158/171 92.4%  wrong  4 (2.3%)     110/171 64.3%  wrong  9 (5.3%)
 *      sets 253-260            1286/1374 93.6% wrong 27 (2.0%)   1085/1374 79.0% wrong 85 (6.2%)
 *      (sets 253-260, first run at commit fd896e3, after the parser had been tuned on sets 1-252; same run, the parser
 *       of commit a45949d (this round's start, before the tuning on sets 245-252): 1285/1374 93.5%, wrong 27 (2.0%);
 *       of commit 93e9986 (the session's start): 1278/1374 93.0%, wrong 30 (2.2%).)
 *   261 banh-troi-banh-chay        157/170 92.4%  wrong  7 (4.1%)     131/170 77.1%  wrong 12 (7.1%)
 *   262 dung-cu-cam-trai           166/170 97.6%  wrong  2 (1.2%)     143/170 84.1%  wrong  6 (3.5%)
 *   263 khau-trang-vai             157/170 92.4%  wrong  3 (1.8%)     124/170 72.9%  wrong 11 (6.5%)
 *   264 ruou-ngo-bac-ha            153/172 89.0%  wrong  5 (2.9%)     107/172 62.2%  wrong 14 (8.1%)
 *   265 cua-gach-ca-mau            146/170 85.9%  wrong  5 (2.9%)     142/170 83.5%  wrong  8 (4.7%)
 *   266 phu-kien-may-tinh          162/170 95.3%  wrong  2 (1.2%)     138/170 81.2%  wrong  7 (4.1%)
 *   267 tranh-ghep-puzzle          138/170 81.2%  wrong  4 (2.4%)     112/170 65.9%  wrong 17 (10.0%)
 *   268 xa-phong-rua-tay           162/170 95.3%  wrong  4 (2.4%)     134/170 78.8%  wrong 10 (5.9%)
 *      sets 261-268            1241/1362 91.1% wrong 32 (2.3%)   1031/1362 75.7% wrong 85 (6.2%)
 *      (sets 261-268, first run at commit b75c217, after the parser had been tuned on sets 1-260; same run, the parser
 *       of commit fd896e3 (this round's start, before the tuning on sets 253-260): the same figures; of commit 93e9986
 *       (the session's start): 1239/1362 91.0%, wrong 34 (2.5%).)
 *   269 banh-da-vung-kep           153/172 89.0%  wrong 12 (7.0%)     141/172 82.0%  wrong 13 (7.6%)
 *   270 cay-ot-giong-rau-mam       156/171 91.2%  wrong  8 (4.7%)     134/171 78.4%  wrong 15 (8.8%)
 *   271 gang-tay-bao-ho            153/171 89.5%  wrong  4 (2.3%)     131/171 76.6%  wrong 14 (8.2%)
 *   272 nuoc-mia-sau-rieng         152/171 88.9%  wrong  6 (3.5%)     110/171 64.3%  wrong 27 (15.8%)
 *   273 ao-so-mi-cong-so           150/170 88.2%  wrong  7 (4.1%)     139/170 81.8%  wrong  9 (5.3%)
 *   274 bo-kho-thit-say            167/174 96.0%  wrong  3 (1.7%)     140/174 80.5%  wrong 11 (6.3%)
 *   275 do-bep-go-tre              163/172 94.8%  wrong  7 (4.1%)     145/172 84.3%  wrong 17 (9.9%)
 *   276 xi-dau-tuong-ot            160/172 93.0%  wrong  3 (1.7%)     121/172 70.3%  wrong 16 (9.3%)
 *      sets 269-276            1254/1373 91.3% wrong 50 (3.6%)   1061/1373 77.3% wrong 122 (8.9%)
 *      (sets 269-276, first run at commit 160a280, after the parser had been tuned on sets 1-268; same run, the parser
 *       of commit b75c217 (this round's start, before the tuning on sets 261-268): the same figures; of commit 93e9986
 *       (the session's start): 1250/1373 91.0%, wrong 52 (3.8%).)
 *   277 binh-giu-nhiet             156/172 90.7%  wrong  4 (2.3%)     132/172 76.7%  wrong 11 (6.4%)
 *   278 do-da-bong                 162/172 94.2%  wrong  2 (1.2%)     147/172 85.5%  wrong 16 (9.3%)
 *   279 o-du-che-mua               155/172 90.1%  wrong  7 (4.1%)     137/172 79.7%  wrong 15 (8.7%)
 *   280 tra-sua-quan               156/172 90.7%  wrong  5 (2.9%)     134/172 77.9%  wrong 24 (14.0%)
 *   281 do-lot-noi-y               161/172 93.6%  wrong  5 (2.9%)     144/172 83.7%  wrong 12 (7.0%)
 *   282 sua-bot-tre-em             151/175 86.3%  wrong  9 (5.1%)     135/175 77.1%  wrong 14 (8.0%)
 *   283 thit-bo-uc                 155/172 90.1%  wrong  8 (4.7%)     140/172 81.4%  wrong  8 (4.7%)
 *   284 trung-ga-vit               149/172 86.6%  wrong  6 (3.5%)     114/172 66.3%  wrong 33 (19.2%)
 *      sets 277-284            1245/1379 90.3% wrong 46 (3.3%)   1083/1379 78.5% wrong 133 (9.6%)
 *      (sets 277-284, first run at commit 10d5feb, after the parser had been tuned on sets 1-276; same run, the parser
 *       of commit 9c11c0c (this round's and the session's start, before the alias-heads rule): 1244/1379 90.2%, wrong
 *       46 (3.3%).)
 *   285 dep-nhua-tong              165/175 94.3%  wrong  0 (0.0%)     145/175 82.9%  wrong 16 (9.1%)
 *   286 dung-cu-lam-banh           165/175 94.3%  wrong  3 (1.7%)     142/175 81.1%  wrong 11 (6.3%)
 *   287 ly-coc-thuy-tinh           156/175 89.1%  wrong  6 (3.4%)     127/175 72.6%  wrong 15 (8.6%)
 *   288 vat-tu-dien-nuoc           140/175 80.0%  wrong  8 (4.6%)     114/175 65.1%  wrong 15 (8.6%)
 *   289 bun-pho-tuoi               160/172 93.0%  wrong  5 (2.9%)     153/172 89.0%  wrong 13 (7.6%)
 *   290 my-pham-trang-diem         156/175 89.1%  wrong  7 (4.0%)     134/175 76.6%  wrong 22 (12.6%)
 *   291 pizza-quan                 137/172 79.7%  wrong  7 (4.1%)     121/172 70.3%  wrong 22 (12.8%)
 *   292 sach-giao-khoa             138/172 80.2%  wrong 11 (6.4%)     109/172 63.4%  wrong 31 (18.0%)
 *      sets 285-292            1217/1391 87.5% wrong 47 (3.4%)   1045/1391 75.1% wrong 145 (10.4%)
 *      (sets 285-292, first run at commit 8a8880c, after the parser had been tuned on sets 1-284; same run, the parser
 *       of commit 1694654 (this round's start, before the tuning on sets 277-284) and of commit 9c11c0c (the session's
 *       start): 1216/1391 87.4%, wrong 47 (3.4%).)
 *   293 hoa-lua-hoa-gia            155/172 90.1%  wrong  4 (2.3%)     151/172 87.8%  wrong 10 (5.8%)
 *   294 ta-tay-gym                 165/172 95.9%  wrong  3 (1.7%)     145/172 84.3%  wrong  8 (4.7%)
 *   295 the-cao-dien-thoai         125/170 73.5%  wrong  7 (4.1%)     100/170 58.8%  wrong 27 (15.9%)
 *   296 vat-lieu-xay-dung          141/175 80.6%  wrong 10 (5.7%)     124/175 70.9%  wrong 16 (9.1%)
 *   297 giay-ve-sinh-khan-giay     156/172 90.7%  wrong  7 (4.1%)     111/172 64.5%  wrong 27 (15.7%)
 *   298 hop-muc-may-in             138/170 81.2%  wrong 11 (6.5%)     106/170 62.4%  wrong 24 (14.1%)
 *   299 in-anh-canvas              162/172 94.2%  wrong  1 (0.6%)     144/172 83.7%  wrong 15 (8.7%)
 *   300 vitamin-thuc-pham-chuc-nang 157/175 89.7%  wrong  6 (3.4%)     121/175 69.1%  wrong 13 (7.4%)
 *      sets 293-300            1199/1378 87.0% wrong 49 (3.6%)   1002/1378 72.7% wrong 140 (10.2%)
 *      (sets 293-300, first run at commit 43b2202, after the parser had been tuned on sets 1-292; same run, the parser
 *       of commit 6db61d6 (this round's start, before the tuning on sets 285-292): 1195/1378 86.7%, wrong 52 (3.8%); of
 *       commit 9c11c0c (the session's start): 1187/1378 86.1%, wrong 58 (4.2%).)
 *   301 dong-ho-deo-tay            155/172 90.1%  wrong  6 (3.5%)     128/172 74.4%  wrong 10 (5.8%)
 *   302 o-khoa                     154/172 89.5%  wrong  1 (0.6%)     138/172 80.2%  wrong  9 (5.2%)
 *   303 rem-cua-vai                162/172 94.2%  wrong  3 (1.7%)     136/172 79.1%  wrong  9 (5.2%)
 *   304 son-mong-tay               163/172 94.8%  wrong  3 (1.7%)     137/172 79.7%  wrong 14 (8.1%)
 *   305 giay-cao-got               145/171 84.8%  wrong  0 (0.0%)     128/171 74.9%  wrong 18 (10.5%)
 *   306 loi-loc-nuoc               156/171 91.2%  wrong  4 (2.3%)     135/171 78.9%  wrong 18 (10.5%)
 *   307 mi-goi-thung               157/172 91.3%  wrong  5 (2.9%)     125/172 72.7%  wrong 10 (5.8%)
 *   308 vali-du-lich               153/171 89.5%  wrong  5 (2.9%)     130/171 76.0%  wrong 15 (8.8%)
 *      sets 301-308            1245/1373 90.7% wrong 27 (2.0%)   1057/1373 77.0% wrong 103 (7.5%)
 *      (sets 301-308, first run at commit 04d48a9, after the parser had been tuned on sets 1-300; same run, the parser
 *       of commit 69ebfd0 (this round's start, before the tuning on sets 293-300): the same figures; of commit 9c11c0c
 *       (the session's start): 1242/1373 90.5%, wrong 30 (2.2%).)
 *   309 bong-ban                   156/172 90.7%  wrong 11 (6.4%)     123/172 71.5%  wrong 18 (10.5%)
 *   310 bong-bay-sinh-nhat         142/172 82.6%  wrong  6 (3.5%)     114/172 66.3%  wrong 20 (11.6%)
 *   311 do-an-han-quoc             161/172 93.6%  wrong  9 (5.2%)     149/172 86.6%  wrong  9 (5.2%)
 *   312 phu-kien-o-to              158/170 92.9%  wrong  5 (2.9%)     137/170 80.6%  wrong 16 (9.4%)
 *   313 do-bau                     158/171 92.4%  wrong  3 (1.8%)     151/171 88.3%  wrong  6 (3.5%)
 *   314 quan-jean                  158/171 92.4%  wrong  6 (3.5%)     156/171 91.2%  wrong  9 (5.3%)
 *   315 son-xit-keo-dan            154/170 90.6%  wrong  6 (3.5%)     146/170 85.9%  wrong  7 (4.1%)
 *   316 vong-bi-day-curoa          149/171 87.1%  wrong  7 (4.1%)     128/171 74.9%  wrong 13 (7.6%)
 *      sets 309-316            1236/1369 90.3% wrong 53 (3.9%)   1104/1369 80.6% wrong 98 (7.2%)
 *      (sets 309-316, first run at commit 306ce04, after the parser had been tuned on sets 1-308; same run, the parser
 *       of commit ddae1df (this round's start, before the tuning on sets 301-308): 1235/1369 90.2%, wrong 53 (3.9%); of
 *       commit 9c11c0c (the session's start): 1235/1369 90.2%, wrong 52 (3.8%).)
 *   317 ao-khoac                   155/172 90.1%  wrong  7 (4.1%)     133/172 77.3%  wrong 14 (8.1%)
 *   318 quat-dien                  163/172 94.8%  wrong  5 (2.9%)     137/172 79.7%  wrong 11 (6.4%)
 *   319 thiet-bi-ve-sinh           150/172 87.2%  wrong  8 (4.7%)     131/172 76.2%  wrong 12 (7.0%)
 *   320 van-san-go                 144/172 83.7%  wrong  2 (1.2%)     111/172 64.5%  wrong 12 (7.0%)
 *   321 den-ban-hoc                161/171 94.2%  wrong  3 (1.8%)     108/171 63.2%  wrong  5 (2.9%)
 *   322 giay-goi-qua               158/170 92.9%  wrong  6 (3.5%)     150/170 88.2%  wrong 10 (5.9%)
 *   323 nem-dem                    165/172 95.9%  wrong  2 (1.2%)     159/172 92.4%  wrong  8 (4.7%)
 *   324 nguyen-lieu-tra-sua        156/170 91.8%  wrong 13 (7.6%)     146/170 85.9%  wrong 13 (7.6%)
 *      sets 317-324            1252/1371 91.3% wrong 46 (3.4%)   1075/1371 78.4% wrong 85 (6.2%)
 *      (sets 317-324, first run at commit a87c5dc, after the parser had been tuned on sets 1-316; same run, the parser
 *       of commit 70086a3 (this round's start, before the tuning on sets 309-316): the same figures; of commit 9c11c0c
 *       (the session's start): 1251/1371 91.2%, wrong 46 (3.4%).)
 *   325 dau-nhot-xe                149/172 86.6%  wrong  6 (3.5%)     124/172 72.1%  wrong 23 (13.4%)
 *   326 hop-dung-thuc-pham         159/172 92.4%  wrong  5 (2.9%)     126/172 73.3%  wrong 13 (7.6%)
 *   327 may-anh-film               154/172 89.5%  wrong  5 (2.9%)     133/172 77.3%  wrong 20 (11.6%)
 *   328 vat-tu-y-te                163/172 94.8%  wrong  3 (1.7%)     138/172 80.2%  wrong 16 (9.3%)
 *   329 camera-an-ninh             153/170 90.0%  wrong  6 (3.5%)     104/170 61.2%  wrong 23 (13.5%)
 *   330 dan-guitar                 154/172 89.5%  wrong  4 (2.3%)     111/172 64.5%  wrong 12 (7.0%)
 *   331 hoa-sap                    165/175 94.3%  wrong  4 (2.3%)     116/175 66.3%  wrong  6 (3.4%)
 *   332 keo-ngot-nhap-khau         162/170 95.3%  wrong  3 (1.8%)     146/170 85.9%  wrong  5 (2.9%)
 *      sets 325-332            1259/1375 91.6% wrong 36 (2.6%)    998/1375 72.6% wrong 118 (8.6%)
 *      (sets 325-332, first run at commit 0a3e3ff, after the parser had been tuned on sets 1-324; same run, the parser
 *       of commit e7f6864 (this round's start, before the tuning on sets 317-324): the same figures; of commit 9c11c0c
 *       (the session's start): 1255/1375 91.3%, wrong 41 (3.0%).)
 *   333 but-may-muc                157/171 91.8%  wrong  5 (2.9%)     134/171 78.4%  wrong 16 (9.4%)
 *   334 cua-luoi-chong-muoi        148/171 86.5%  wrong  5 (2.9%)     137/171 80.1%  wrong 17 (9.9%)
 *   335 do-trang-tri-tet           162/171 94.7%  wrong  4 (2.3%)     140/171 81.9%  wrong 14 (8.2%)
 *   336 mang-phu-nong-nghiep       148/171 86.5%  wrong  5 (2.9%)     132/171 77.2%  wrong 19 (11.1%)
 *   337 banh-cookie                164/171 95.9%  wrong  4 (2.3%)     143/171 83.6%  wrong  9 (5.3%)
 *   338 dan-organ                  156/171 91.2%  wrong  4 (2.3%)     130/171 76.0%  wrong 12 (7.0%)
 *   339 dung-cu-lau-nha            155/171 90.6%  wrong  8 (4.7%)     142/171 83.0%  wrong 10 (5.8%)
 *   340 thang-nhom-xe-day          158/172 91.9%  wrong  1 (0.6%)     117/172 68.0%  wrong 11 (6.4%)
 *      sets 333-340            1248/1369 91.2% wrong 36 (2.6%)   1075/1369 78.5% wrong 108 (7.9%)
 *      (sets 333-340, first run at commit be83d7b, the parser of the run before with no rule added since; same run, the
 *       parser of commit 9c11c0c (the session's start): 1243/1369 90.8%, wrong 38 (2.8%).)
 *   341 ao-dai-cuoi-cho-thue       136/172 79.1%  wrong  8 (4.7%)     126/172 73.3%  wrong 11 (6.4%)
 *   342 banh-trang-nuong-da-lat    165/172 95.9%  wrong  5 (2.9%)     154/172 89.5%  wrong  9 (5.2%)
 *   343 linh-kien-dien-tu          144/170 84.7%  wrong 13 (7.6%)     114/170 67.1%  wrong 15 (8.8%)
 *   344 nuoc-tay-rua-nha-bep       162/170 95.3%  wrong  3 (1.8%)     147/170 86.5%  wrong  9 (5.3%)
 *   345 binh-gas-bep-gas           139/171 81.3%  wrong 12 (7.0%)     110/171 64.3%  wrong 41 (24.0%)
 *   346 thuoc-nhuom-len-soi        147/172 85.5%  wrong  9 (5.2%)     130/172 75.6%  wrong 21 (12.2%)
 *   347 trai-cay-say-deo           159/172 92.4%  wrong  5 (2.9%)     122/172 70.9%  wrong  9 (5.2%)
 *   348 xe-dap-tre-em              154/171 90.1%  wrong  4 (2.3%)     128/171 74.9%  wrong 11 (6.4%)
 *      sets 341-348            1206/1370 88.0% wrong 59 (4.3%)   1031/1370 75.3% wrong 126 (9.2%)
 *      (sets 341-348, first run at commit 1a5558d, after the parser had been tuned on sets 1-340; same run, the parser
 *       of commit 3f45919 (this round's start, before the tuning on sets 333-340): the same figures; of commit 9c11c0c
 *       (the session's start): 1204/1370 87.9%, wrong 61 (4.5%).)
 *   349 che-duong-nhan             160/175 91.4%  wrong  4 (2.3%)     138/175 78.9%  wrong 11 (6.3%)
 *   350 den-ong-sao-trung-thu      162/175 92.6%  wrong  5 (2.9%)     112/175 64.0%  wrong 40 (22.9%)
 *   351 ruou-vang-nhap             160/175 91.4%  wrong  2 (1.1%)     125/175 71.4%  wrong 17 (9.7%)
 *   352 tham-tap-the-duc           158/175 90.3%  wrong  3 (1.7%)     119/175 68.0%  wrong  8 (4.6%)
 *   353 banh-mi-hoa-cuc            163/175 93.1%  wrong  5 (2.9%)     144/175 82.3%  wrong 15 (8.6%)
 *   354 bao-bi-thuc-pham           161/175 92.0%  wrong  6 (3.4%)     146/175 83.4%  wrong 18 (10.3%)
 *   355 cham-soc-xe-may            155/175 88.6%  wrong  4 (2.3%)     138/175 78.9%  wrong 11 (6.3%)
 *   356 tuong-phat-go              155/176 88.1%  wrong  4 (2.3%)     149/176 84.7%  wrong 17 (9.7%)
 *      sets 349-356            1274/1401 90.9% wrong 33 (2.4%)   1071/1401 76.4% wrong 137 (9.8%)
 *      (sets 349-356, first run at commit 66cf428, after the parser had been tuned on sets 1-348; same run, the parser
 *       of commit 1bd2664 (this round's start, before the tuning on sets 341-348): 1273/1401 90.9%, wrong 34 (2.4%); of
 *       commit 9c11c0c (the session's start): 1272/1401 90.8%, wrong 35 (2.5%).)
 *   357 do-boi                     160/172 93.0%  wrong  3 (1.7%)     140/172 81.4%  wrong 12 (7.0%)
 *   358 do-choi-lap-rap            161/172 93.6%  wrong  4 (2.3%)     141/172 82.0%  wrong 16 (9.3%)
 *   359 pin-sac-du-phong           153/175 87.4%  wrong  5 (2.9%)     109/175 62.3%  wrong  4 (2.3%)
 *   360 van-phong-pham             150/173 86.7%  wrong 10 (5.8%)     120/173 69.4%  wrong 17 (9.8%)
 *   361 dung-cu-cat-toc            163/172 94.8%  wrong  5 (2.9%)     139/172 80.8%  wrong 16 (9.3%)
 *   362 phu-kien-thu-cung          166/172 96.5%  wrong  3 (1.7%)     143/172 83.1%  wrong 17 (9.9%)
 *   363 xe-dap-dien                165/172 95.9%  wrong  3 (1.7%)     138/172 80.2%  wrong  9 (5.2%)
 *   364 yen-sao                    166/172 96.5%  wrong  3 (1.7%)     138/172 80.2%  wrong  8 (4.7%)
 *      sets 357-364            1284/1380 93.0% wrong 36 (2.6%)   1068/1380 77.4% wrong 99 (7.2%)
 *      (sets 357-364, first run at commit b82937c, after the parser had been tuned on sets 1-356; same run, the parser
 *       of commit 3f4ac4b (the session's start, before the one rule added since): the same figures. Set 364 is a second
 *       bird's-nest shop (set yen-sao-khanh-hoa of the dev pool is another), written without sight of the first.)
 *   365 do-tap-vo                  165/172 95.9%  wrong  4 (2.3%)     142/172 82.6%  wrong  4 (2.3%)
 *   366 dung-cu-dien-cam-tay       155/171 90.6%  wrong  5 (2.9%)     99/171 57.9%  wrong 11 (6.4%)
 *   367 in-tem-nhan                138/172 80.2%  wrong  2 (1.2%)     107/172 62.2%  wrong 22 (12.8%)
 *   368 thuc-pham-gym              159/172 92.4%  wrong  5 (2.9%)     137/172 79.7%  wrong  9 (5.2%)
 *      sets 365-368            617/687 89.8% wrong 16 (2.3%)   485/687 70.6% wrong 46 (6.7%)
 *      (sets 365-368, first run at commit e48c986, after the parser had been tuned on sets 1-364; same run, the parser
 *       of commit 1872a38 (this round's start, before the tuning on sets 357-364) and of commit 3f4ac4b (the session's
 *       start): the same figures.)
 *   369 do-spa                     159/170 93.5%  wrong  3 (1.8%)     131/170 77.1%  wrong 12 (7.1%)
 *   370 hoa-chat-ho-boi            155/175 88.6%  wrong 11 (6.3%)     148/175 84.6%  wrong 13 (7.4%)
 *   371 lop-xe                     65/90 72.2%  wrong  3 (3.3%)     63/90 70.0%  wrong  7 (7.8%)
 *   372 vest-nam                   149/170 87.6%  wrong  4 (2.4%)     139/170 81.8%  wrong 16 (9.4%)
 *      sets 369-372            528/605 87.3% wrong 21 (3.5%)   481/605 79.5% wrong 48 (7.9%)
 *      (sets 369-372, first run at commit 136a991, the parser of sets 365-368's run; same run, the parsers of commits
 *       1872a38 and 3f4ac4b: the same figures. Set 371's writer stopped at 90 messages.)
 *   373 ban-ghe-cafe               161/172 93.6%  wrong  3 (1.7%)     146/172 84.9%  wrong  5 (2.9%)
 *   374 dung-cu-cat-co             152/171 88.9%  wrong 10 (5.8%)     118/171 69.0%  wrong 11 (6.4%)
 *   375 guong-kinh                 165/172 95.9%  wrong  1 (0.6%)     139/172 80.8%  wrong  5 (2.9%)
 *   376 may-loc-khong-khi          158/175 90.3%  wrong  2 (1.1%)     135/175 77.1%  wrong 13 (7.4%)
 *   377 bot-giat-nuoc-xa           151/170 88.8%  wrong  4 (2.4%)     108/170 63.5%  wrong 10 (5.9%)
 *   378 giay-dan-tuong             152/172 88.4%  wrong  7 (4.1%)     132/172 76.7%  wrong 16 (9.3%)
 *   379 thuoc-bao-ve-thuc-vat      153/170 90.0%  wrong  3 (1.8%)     128/170 75.3%  wrong 11 (6.5%)
 *   380 tui-xach-nu                155/170 91.2%  wrong  6 (3.5%)     145/170 85.3%  wrong 11 (6.5%)
 *      sets 373-380            1247/1372 90.9% wrong 36 (2.6%)   1051/1372 76.6% wrong 82 (6.0%)
 *      (sets 373-380, first run at commit e6fb4d3, after the parser had been tuned on sets 1-372; same run, the parser
 *       of commit 5a7672e (this round's start, before the tuning on sets 365-372) and of commit 3f4ac4b (the session's
 *       start): the same figures.)
 *   381 dung-cu-pha-che            24/25 96.0%  wrong  0 (0.0%)     22/25 88.0%  wrong  2 (8.0%)
 *   382 may-may-gia-dinh           165/172 95.9%  wrong  3 (1.7%)     146/172 84.9%  wrong 16 (9.3%)
 *      sets 381-382            189/197 95.9% wrong 3 (1.5%)   168/197 85.3% wrong 18 (9.1%)
 *      (sets 381-382, first run at commit cbf5097, after the parser had been tuned on sets 1-380; same run, the parser
 *       of commit 32310e0 (this round's start): the same figures; of commit 3f4ac4b (the session's start): 188/197
 *       95.4%, wrong 3 (1.5%). Set 381's writer stopped at 25 messages.)
 *   383 loa-tai-nghe               157/172 91.3%  wrong  8 (4.7%)     139/172 80.8%  wrong 10 (5.8%)
 *   384 phu-kien-may-anh           163/173 94.2%  wrong  8 (4.6%)     146/173 84.4%  wrong  8 (4.6%)
 *   385 thiet-bi-y-te-gia-dinh     160/175 91.4%  wrong  4 (2.3%)     154/175 88.0%  wrong  8 (4.6%)
 *   386 xe-day-tre-em              153/171 89.5%  wrong  8 (4.7%)     136/171 79.5%  wrong 12 (7.0%)
 *      sets 383-386            633/691 91.6% wrong 28 (4.1%)   575/691 83.2% wrong 38 (5.5%)
 *      (sets 383-386, first run at commit fce0610, after the parser had been tuned on sets 1-382; same run, the parser
 *       of commit 32310e0 (this round's start, before the tuning on sets 373-380) and of commit 3f4ac4b (the session's
 *       start): 632/691 91.5%, wrong 29 (4.2%).)
 *   387 ca-phe-vien-nen            154/172 89.5%  wrong  3 (1.7%)     133/172 77.3%  wrong  7 (4.1%)
 *   388 do-dung-hoc-sinh-tieu-hoc  157/172 91.3%  wrong  5 (2.9%)     136/172 79.1%  wrong 16 (9.3%)
 *   389 dung-cu-lam-nail           167/175 95.4%  wrong  2 (1.1%)     147/175 84.0%  wrong  6 (3.4%)
 *   390 phu-tung-may-bom           159/172 92.4%  wrong  5 (2.9%)     134/172 77.9%  wrong 10 (5.8%)
 *   391 gia-vi-nhap-khau           162/170 95.3%  wrong  1 (0.6%)     150/170 88.2%  wrong  7 (4.1%)
 *   392 hat-giong-hoa-mau          166/175 94.9%  wrong  1 (0.6%)     157/175 89.7%  wrong  7 (4.0%)
 *   393 khan-tam-khach-san         164/175 93.7%  wrong  5 (2.9%)     141/175 80.6%  wrong  7 (4.0%)
 *   394 vali-balo-du-lich          165/175 94.3%  wrong  4 (2.3%)     128/175 73.1%  wrong 12 (6.9%)
 *      sets 387-394            1294/1386 93.4% wrong 26 (1.9%)   1126/1386 81.2% wrong 72 (5.2%)
 *      (sets 387-394, first run at commit 9daac69, after the parser had been tuned on sets 1-386; same run, the parser
 *       of commit 1b8a21a (this round's start): the same figures; of commit 3f4ac4b (the session's start): 1290/1386
 *       93.1%, wrong 29 (2.1%).)
 *   395 bim-ta-khan-uot            146/170 85.9%  wrong  2 (1.2%)     120/170 70.6%  wrong  5 (2.9%)
 *   396 binh-chua-chay             157/172 91.3%  wrong  4 (2.3%)     142/172 82.6%  wrong 13 (7.6%)
 *   397 day-dien-ong-nuoc          140/170 82.4%  wrong 10 (5.9%)     122/170 71.8%  wrong 14 (8.2%)
 *   398 den-nang-luong-mat-troi    162/170 95.3%  wrong  6 (3.5%)     114/170 67.1%  wrong 12 (7.1%)
 *   399 truyen-tranh-thieu-nhi     149/170 87.6%  wrong  6 (3.5%)     117/170 68.8%  wrong 17 (10.0%)
 *   400 vai-may-theo-met           149/172 86.6%  wrong  5 (2.9%)     141/172 82.0%  wrong 13 (7.6%)
 *   401 vat-lieu-xay-dung-2        154/174 88.5%  wrong  7 (4.0%)     122/174 70.1%  wrong 21 (12.1%)
 *   402 xe-dap-phu-tung-2          158/172 91.9%  wrong  5 (2.9%)     146/172 84.9%  wrong 18 (10.5%)
 *      sets 395-402            1215/1370 88.7% wrong 45 (3.3%)   1024/1370 74.7% wrong 113 (8.2%)
 *      (sets 395-402, first run at commit 3082dc6, after the parser had been tuned on sets 1-394; same run, the parser
 *       of commit b4874cb (this round's and the session's start): 1214/1370 88.6%, wrong 45 (3.3%); set 399 alone
 *       148/170, the others the same. Sets 401 and 402 repeat the topics of earlier shops (building materials,
 *       bicycles), written without sight of them; set 397 is near the electrical-and-plumbing shop.)
 *   403 ca-vat-phu-kien-nam        164/172 95.3%  wrong  2 (1.2%)     145/172 84.3%  wrong  9 (5.2%)
 *   404 con-giong-gia-cam          155/172 90.1%  wrong  5 (2.9%)     127/172 73.8%  wrong 28 (16.3%)
 *   405 dien-thoai-cu              137/170 80.6%  wrong  6 (3.5%)     125/170 73.5%  wrong 22 (12.9%)
 *   406 nuoc-ngot-thung            150/170 88.2%  wrong 10 (5.9%)     131/170 77.1%  wrong 21 (12.4%)
 *   407 ruou-thuoc-ngam            162/172 94.2%  wrong  5 (2.9%)     143/172 83.1%  wrong  7 (4.1%)
 *   408 thiet-bi-mang-wifi         151/170 88.8%  wrong  4 (2.4%)     139/170 81.8%  wrong 12 (7.1%)
 *   409 thuoc-thu-y                160/170 94.1%  wrong  4 (2.4%)     144/170 84.7%  wrong 10 (5.9%)
 *   410 van-ep-go-xay-dung         157/172 91.3%  wrong  5 (2.9%)     116/172 67.4%  wrong  7 (4.1%)
 *      sets 403-410            1236/1368 90.4% wrong 41 (3.0%)   1070/1368 78.2% wrong 116 (8.5%)
 *      (sets 403-410, first run at commit 11dbec6, after the parser had been tuned on sets 1-402; same run, the parser
 *       of commit d95aa54 (this round's start): 1234/1368 90.2%, wrong 42 (3.1%); of commit b4874cb (the session's
 *       start): 1233/1368 90.1%, wrong 42 (3.1%).)
 *   411 binh-nong-lanh             142/171 83.0%  wrong  3 (1.8%)     116/171 67.8%  wrong 17 (9.9%)
 *   412 cho-thue-su-kien           154/171 90.1%  wrong  2 (1.2%)     130/171 76.0%  wrong 15 (8.8%)
 *   413 luoi-thep-hang-rao         155/170 91.2%  wrong  3 (1.8%)     110/170 64.7%  wrong 12 (7.1%)
 *   414 may-phat-dien              154/170 90.6%  wrong  7 (4.1%)     122/170 71.8%  wrong 10 (5.9%)
 *   415 phu-kien-cua-nhom          157/175 89.7%  wrong  8 (4.6%)     147/175 84.0%  wrong 18 (10.3%)
 *   416 soi-in-3d                  160/170 94.1%  wrong  7 (4.1%)     134/170 78.8%  wrong 21 (12.4%)
 *   417 trang-suc-vang             151/172 87.8%  wrong  3 (1.7%)     136/172 79.1%  wrong 11 (6.4%)
 *   418 vat-tu-nuoi-ong            161/175 92.0%  wrong  2 (1.1%)     133/175 76.0%  wrong 14 (8.0%)
 *      sets 411-418            1234/1374 89.8% wrong 35 (2.5%)   1028/1374 74.8% wrong 118 (8.6%)
 *      (sets 411-418, first run at commit fe823d9, after the parser had been tuned on sets 1-410; same run, the parser
 *       of commit f6172e5 (this round's start): the same figures; of commit b4874cb (the session's start): 1233/1374
 *       89.7%, wrong 35 (2.5%).)
 *   419 ao-phao-cuu-sinh           157/172 91.3%  wrong  0 (0.0%)     124/172 72.1%  wrong  9 (5.2%)
 *   420 banh-mi-ngot-tiem          169/175 96.6%  wrong  2 (1.1%)     140/175 80.0%  wrong 13 (7.4%)
 *   421 bat-phu-che-mua            165/175 94.3%  wrong  3 (1.7%)     138/175 78.9%  wrong 11 (6.3%)
 *   422 giay-tre-em                159/171 93.0%  wrong  2 (1.2%)     139/171 81.3%  wrong  9 (5.3%)
 *   423 nuoc-giai-khat-pha-che     161/170 94.7%  wrong  3 (1.8%)     140/170 82.4%  wrong 18 (10.6%)
 *   424 ong-tuoi-nong-nghiep       166/175 94.9%  wrong  0 (0.0%)     137/175 78.3%  wrong  8 (4.6%)
 *   425 thuc-an-cho-ca             156/175 89.1%  wrong  9 (5.1%)     114/175 65.1%  wrong 10 (5.7%)
 *   426 thuc-pham-dong-hop         151/170 88.8%  wrong  7 (4.1%)     141/170 82.9%  wrong 16 (9.4%)
 *      sets 419-426            1284/1383 92.8% wrong 26 (1.9%)   1073/1383 77.6% wrong 94 (6.8%)
 *      (sets 419-426, first run at commit 72a2ae5, after the parser had been tuned on sets 1-418; same run, the parser
 *       of commit c6d0cb3 (this round's start): the same figures; of commit b4874cb (the session's start): 1284/1383
 *       92.8%, wrong 27 (2.0%).)
 *   427 bep-cong-nghiep            167/175 95.4%  wrong  2 (1.1%)     142/175 81.1%  wrong  5 (2.9%)
 *   428 ca-phe-hoa-tan             158/175 90.3%  wrong  8 (4.6%)     132/175 75.4%  wrong 10 (5.7%)
 *   429 decal-xe-may               159/175 90.9%  wrong  6 (3.4%)     145/175 82.9%  wrong 17 (9.7%)
 *   430 den-chum-trang-tri         163/175 93.1%  wrong  2 (1.1%)     150/175 85.7%  wrong  8 (4.6%)
 *   431 dung-cu-sua-xe             163/172 94.8%  wrong  3 (1.7%)     130/172 75.6%  wrong 14 (8.1%)
 *   432 men-vi-sinh-ao-nuoi        160/172 93.0%  wrong  4 (2.3%)     147/172 85.5%  wrong  8 (4.7%)
 *   433 tam-op-tuong-nhua          146/172 84.9%  wrong  9 (5.2%)     130/172 75.6%  wrong 12 (7.0%)
 *   434 thung-nhua-cong-nghiep     161/175 92.0%  wrong  4 (2.3%)     115/175 65.7%  wrong 11 (6.3%)
 *      sets 427-434            1277/1391 91.8% wrong 38 (2.7%)   1091/1391 78.4% wrong 85 (6.1%)
 *      (sets 427-434, first run at commit 4ec44e6, after the parser had been tuned on sets 1-426; same run, the parser
 *       of commit a8f9886 (this round's start): the same figures; of commit b4874cb (the session's start): 1276/1391
 *       91.7%, wrong 38 (2.7%).)
 *   435 do-an-chay-dong-goi        165/172 95.9%  wrong  3 (1.7%)     147/172 85.5%  wrong  6 (3.5%)
 *   436 giay-dep-nam               153/172 89.0%  wrong  1 (0.6%)     130/172 75.6%  wrong 23 (13.4%)
 *   437 giay-vo-hoc-sinh           162/171 94.7%  wrong  2 (1.2%)     138/171 80.7%  wrong 11 (6.4%)
 *   438 hat-nhua-tai-che           152/172 88.4%  wrong 10 (5.8%)     141/172 82.0%  wrong 10 (5.8%)
 *   439 may-rua-xe-ap-luc          160/172 93.0%  wrong  8 (4.7%)     135/172 78.5%  wrong 14 (8.1%)
 *   440 mut-trai-cay-say           154/171 90.1%  wrong 10 (5.8%)     148/171 86.5%  wrong  9 (5.3%)
 *   441 son-chong-tham             155/170 91.2%  wrong  5 (2.9%)     138/170 81.2%  wrong  8 (4.7%)
 *   442 thiet-bi-mau-giao          157/170 92.4%  wrong  3 (1.8%)     137/170 80.6%  wrong 12 (7.1%)
 *      sets 435-442            1258/1370 91.8% wrong 42 (3.1%)   1114/1370 81.3% wrong 93 (6.8%)
 *      (sets 435-442, first run at commit 373e1cd, the session's final parser, after it had been tuned on sets
 *       1-434; same run, the parser of commit b4874cb (the session's start): 1252/1370 91.4%, wrong 42 (3.1%).)
 *   443 bia-lon-nhap-khau          161/175 92.0%  wrong  6 (3.4%)     154/175 88.0%  wrong 15 (8.6%)
 *   444 chen-dia-melamine          162/170 95.3%  wrong  4 (2.4%)     146/170 85.9%  wrong 10 (5.9%)
 *   445 do-choi-dieu-khien         141/172 82.0%  wrong  5 (2.9%)     120/172 69.8%  wrong  5 (2.9%)
 *   446 lich-tet-in-an             164/175 93.7%  wrong  5 (2.9%)     130/175 74.3%  wrong 19 (10.9%)
 *   447 phu-lieu-may-mac           159/170 93.5%  wrong  5 (2.9%)     139/170 81.8%  wrong  6 (3.5%)
 *   448 vat-tu-dieu-hoa            166/175 94.9%  wrong  2 (1.1%)     126/175 72.0%  wrong 13 (7.4%)
 *   449 vat-tu-quang-cao           169/175 96.6%  wrong  3 (1.7%)     127/175 72.6%  wrong  3 (1.7%)
 *   450 vot-pickleball             154/175 88.0%  wrong  6 (3.4%)     118/175 67.4%  wrong 14 (8.0%)
 *      sets 443-450             1276/1387 92.0% wrong 36 (2.6%)    1060/1387 76.4% wrong 85 (6.1%)
 *      (sets 443-450, first run at commit a91248c, after the parser had been tuned on sets 1-442; same run, the parser
 *       of commit 9012baa (this session's start): 1262/1387 91.0%, wrong 38 (2.7%).)
 *   451 bot-mi-lam-banh            159/175 90.9%  wrong  8 (4.6%)     124/175 70.9%  wrong 26 (14.9%)
 *   452 dung-cu-thi-nghiem         168/175 96.0%  wrong  3 (1.7%)     159/175 90.9%  wrong 13 (7.4%)
 *   453 ghe-van-phong              156/175 89.1%  wrong  4 (2.3%)     136/175 77.7%  wrong 13 (7.4%)
 *   454 laptop-linh-kien-cu        166/175 94.9%  wrong  2 (1.1%)     120/175 68.6%  wrong 10 (5.7%)
 *   455 mu-non-luoi-trai           161/175 92.0%  wrong  5 (2.9%)     137/175 78.3%  wrong  9 (5.1%)
 *   456 sach-ngoai-ngu             156/175 89.1%  wrong  5 (2.9%)     134/175 76.6%  wrong 16 (9.1%)
 *   457 thung-xop-da-vien          155/175 88.6%  wrong 12 (6.9%)     151/175 86.3%  wrong 16 (9.1%)
 *   458 vay-dam-cong-so            167/175 95.4%  wrong  3 (1.7%)     152/175 86.9%  wrong 13 (7.4%)
 *      sets 451-458             1288/1400 92.0% wrong 42 (3.0%)    1113/1400 79.5% wrong 116 (8.3%)
 *      (sets 451-458, first run at commit 10eac33, after the parser had been tuned on sets 1-450; same run, the parser
 *       of commit 283a0a9 (this round's start): 1285/1400 91.8%, wrong 45 (3.2%); of commit 9012baa (the session's
 *       start): 1280/1400 91.4%, wrong 46 (3.3%).)
 *   459 bim-nguoi-gia              157/175 89.7%  wrong  5 (2.9%)     118/175 67.4%  wrong 16 (9.1%)
 *   460 den-pha-led                161/175 92.0%  wrong  5 (2.9%)     90/175 51.4%  wrong 11 (6.3%)
 *   461 dien-mat-troi-ap-mai       150/175 85.7%  wrong  5 (2.9%)     112/175 64.0%  wrong 16 (9.1%)
 *   462 giay-bao-ho                156/170 91.8%  wrong  5 (2.9%)     138/170 81.2%  wrong 21 (12.4%)
 *   463 hat-giong-lua-ngo          158/172 91.9%  wrong  5 (2.9%)     149/172 86.6%  wrong 12 (7.0%)
 *   464 noi-com-dien               158/170 92.9%  wrong  4 (2.4%)     110/170 64.7%  wrong  8 (4.7%)
 *   465 ruou-soju-nhap             161/175 92.0%  wrong  6 (3.4%)     137/175 78.3%  wrong 14 (8.0%)
 *   466 thuc-an-chim-canh          166/175 94.9%  wrong  4 (2.3%)     142/175 81.1%  wrong 10 (5.7%)
 *      sets 459-466             1267/1387 91.3% wrong 39 (2.8%)    996/1387 71.8% wrong 108 (7.8%)
 *      (sets 459-466, first run at commit 72c4bf4, after the parser had been tuned on sets 1-458; same run, the parser
 *       of commit 14b42dc (this round's start) and of commit 9012baa (the session's start): the same figures.)
 *   467 cong-tac-o-cam             162/175 92.6%  wrong  7 (4.0%)     124/175 70.9%  wrong  8 (4.6%)
 *   468 dau-an-thuc-vat            168/175 96.0%  wrong  2 (1.1%)     129/175 73.7%  wrong 25 (14.3%)
 *   469 den-tuyp-led               166/172 96.5%  wrong  3 (1.7%)     126/172 73.3%  wrong  3 (1.7%)
 *   470 giay-in-nhiet-bill         161/172 93.6%  wrong  5 (2.9%)     129/172 75.0%  wrong 16 (9.3%)
 *   471 mi-y-pasta                 163/175 93.1%  wrong  7 (4.0%)     158/175 90.3%  wrong  8 (4.6%)
 *   472 muoi-bien-hat              163/175 93.1%  wrong  4 (2.3%)     144/175 82.3%  wrong 17 (9.7%)
 *   473 noi-chao-chong-dinh        161/172 93.6%  wrong  2 (1.2%)     161/172 93.6%  wrong  5 (2.9%)
 *   474 ong-nuoc-ppr               163/171 95.3%  wrong  4 (2.3%)     146/171 85.4%  wrong 11 (6.4%)
 *      sets 467-474             1307/1387 94.2% wrong 34 (2.5%)    1117/1387 80.5% wrong 93 (6.7%)
 *      (sets 467-474, first run at commit 1b71f8b, the session's final parser, after it had been tuned on sets 1-466;
 *       same run, the parser of commit b1fec06 (this round's start): the same figures; of commit 9012baa (the session's
 *       start): 1302/1387 93.9%, wrong 34 (2.5%).)
 *   475 bot-matcha                 160/172 93.0%  wrong  5 (2.9%)     141/172 82.0%  wrong 17 (9.9%)
 *   476 chau-nhua-trong-cay        160/172 93.0%  wrong  3 (1.7%)     142/172 82.6%  wrong  6 (3.5%)
 *   477 phim-dan-kinh              153/172 89.0%  wrong  4 (2.3%)     124/172 72.1%  wrong 12 (7.0%)
 *   478 thiet-bi-ho-ca-koi         154/172 89.5%  wrong  6 (3.5%)     118/172 68.6%  wrong 12 (7.0%)
 *   479 thuc-pham-keto             157/172 91.3%  wrong  3 (1.7%)     143/172 83.1%  wrong 16 (9.3%)
 *   480 thuoc-nhuom-toc            133/172 77.3%  wrong  5 (2.9%)     120/172 69.8%  wrong 16 (9.3%)
 *   481 tranh-dinh-da              153/172 89.0%  wrong  2 (1.2%)     140/172 81.4%  wrong 14 (8.1%)
 *   482 xe-dien-tre-em             163/172 94.8%  wrong  3 (1.7%)     128/172 74.4%  wrong  9 (5.2%)
 *      sets 475-482             1233/1376 89.6% wrong 31 (2.3%)    1056/1376 76.7% wrong 102 (7.4%)
 *      (sets 475-482, first run at commit 15708ad, after the parser had been tuned on sets 1-474; same run, the parser
 *       of commit f3ad20c (this round's start): the same figures; of commit 9012baa (the session's start): 1223/1376
 *       88.9%, wrong 32 (2.3%).)
 *   483 bep-nuong-lau-dien         159/171 93.0%  wrong  0 (0.0%)     132/171 77.2%  wrong  7 (4.1%)
 *   484 cua-cuon-dieu-khien        155/171 90.6%  wrong  2 (1.2%)     140/171 81.9%  wrong 12 (7.0%)
 *   485 do-nghe-noi-mi             163/172 94.8%  wrong  5 (2.9%)     137/172 79.7%  wrong 10 (5.8%)
 *   486 hoa-qua-dong-lanh          156/175 89.1%  wrong  5 (2.9%)     144/175 82.3%  wrong 14 (8.0%)
 *   487 o-khoa-van-tay             156/175 89.1%  wrong  5 (2.9%)     120/175 68.6%  wrong 29 (16.6%)
 *   488 phu-kien-bida              166/171 97.1%  wrong  2 (1.2%)     135/171 78.9%  wrong 15 (8.8%)
 *   489 thuc-pham-an-kieng         161/175 92.0%  wrong  6 (3.4%)     148/175 84.6%  wrong 15 (8.6%)
 *   490 vong-tay-da-phong-thuy     154/175 88.0%  wrong  3 (1.7%)     116/175 66.3%  wrong 13 (7.4%)
 *      sets 483-490             1270/1385 91.7% wrong 28 (2.0%)    1072/1385 77.4% wrong 115 (8.3%)
 *      (sets 483-490, first run at commit dd31452, the session's final parser, after it had been tuned on sets 1-482;
 *       same run, the parser of commit 65b1246 (this round's start): the same figures; of commit 9012baa (the session's
 *       start): 1245/1385 89.9%, wrong 30 (2.2%).)
 *   491 dung-cu-thu-y-trang-trai   164/170 96.5%  wrong  4 (2.4%)     153/170 90.0%  wrong 12 (7.1%)
 *   492 dung-cu-ve-sinh-giay       152/172 88.4%  wrong  2 (1.2%)     130/172 75.6%  wrong  9 (5.2%)
 *   493 gach-op-lat-san-vuon       154/170 90.6%  wrong  4 (2.4%)     134/170 78.8%  wrong 13 (7.6%)
 *   494 kinh-mat-thoi-trang        160/170 94.1%  wrong  4 (2.4%)     146/170 85.9%  wrong 13 (7.6%)
 *   495 mang-boc-thuc-pham         160/172 93.0%  wrong  4 (2.3%)     150/172 87.2%  wrong 11 (6.4%)
 *   496 meo-nam-giong              163/172 94.8%  wrong  2 (1.2%)     143/172 83.1%  wrong  9 (5.2%)
 *   497 sua-chua-uong-men-song     160/175 91.4%  wrong  6 (3.4%)     144/175 82.3%  wrong 11 (6.3%)
 *   498 vat-tu-han-dien            159/172 92.4%  wrong  1 (0.6%)     121/172 70.3%  wrong 12 (7.0%)
 *      sets 491-498             1272/1373 92.6% wrong 27 (2.0%)    1121/1373 81.6% wrong 90 (6.6%)
 *      (sets 491-498, first run at commit d575b97, the same readings as dd31452, the session's final parser, after it
 *       had been tuned on sets 1-490; same run, the parser of commit 9012baa (the session's start): the same figures.)
 *   499 ac-quy-xe                  153/170 90.0%  wrong  4 (2.4%)     106/170 62.4%  wrong 14 (8.2%)
 *   500 bang-keo-dong-goi          157/171 91.8%  wrong  4 (2.3%)     124/171 72.5%  wrong 10 (5.8%)
 *   501 cat-ve-sinh-meo            160/171 93.6%  wrong  4 (2.3%)     115/171 67.3%  wrong 37 (21.6%)
 *   502 den-livestream-phu-kien    152/171 88.9%  wrong  9 (5.3%)     140/171 81.9%  wrong 14 (8.2%)
 *   503 diet-con-trung-gia-dung    160/172 93.0%  wrong  4 (2.3%)     150/172 87.2%  wrong 12 (7.0%)
 *   504 giay-nham-vat-tu-mai       157/170 92.4%  wrong  7 (4.1%)     143/170 84.1%  wrong 16 (9.4%)
 *   505 thung-rac-tui-rac          167/170 98.2%  wrong  2 (1.2%)     118/170 69.4%  wrong 16 (9.4%)
 *   506 vat-tu-thuy-canh           157/170 92.4%  wrong  4 (2.4%)     119/170 70.0%  wrong 16 (9.4%)
 *      sets 499-506             1263/1365 92.5% wrong 38 (2.8%)    1015/1365 74.4% wrong 135 (9.9%)
 *      (sets 499-506, first run at commit 798863a, the readings of the previous session's final parser, after it had
 *       been tuned on sets 1-498.)
 *   507 bep-tu-hong-ngoai          162/170 95.3%  wrong  1 (0.6%)     139/170 81.8%  wrong 11 (6.5%)
 *   508 binh-sua-num-ti            159/170 93.5%  wrong  6 (3.5%)     142/170 83.5%  wrong 18 (10.6%)
 *   509 do-tap-gym-nu              86/90 95.6%  wrong  1 (1.1%)     73/90 81.1%  wrong  6 (6.7%)
 *   510 may-xay-sinh-to            39/40 97.5%  wrong  1 (2.5%)     33/40 82.5%  wrong  5 (12.5%)
 *   511 nong-cu-cam-tay            160/171 93.6%  wrong  1 (0.6%)     131/171 76.6%  wrong 12 (7.0%)
 *   512 son-go-dau-lau             162/174 93.1%  wrong  2 (1.1%)     148/174 85.1%  wrong 11 (6.3%)
 *   513 tranh-son-dau              152/172 88.4%  wrong  4 (2.3%)     137/172 79.7%  wrong 12 (7.0%)
 *   514 xe-lan-dung-cu-tap-di      157/172 91.3%  wrong  3 (1.7%)     141/172 82.0%  wrong  3 (1.7%)
 *      sets 507-514             1077/1159 92.9% wrong 19 (1.6%)    944/1159 81.4% wrong 78 (6.7%)
 *      (sets 507-514, first run at commit 4def483, after a change said alone came to change a line of the cart; same
 *       run, the parser of commit 798863a (the session's start): 1077/1159 92.9%, wrong 21 (1.8%).)
 *   515 bang-ve-sinh-phu-nu        166/174 95.4%  wrong  2 (1.1%)     137/174 78.7%  wrong 11 (6.3%)
 *   516 cap-sac-dien-thoai         146/171 85.4%  wrong  7 (4.1%)     119/171 69.6%  wrong  5 (2.9%)
 *   517 cau-dao-aptomat            147/172 85.5%  wrong  7 (4.1%)     96/172 55.8%  wrong 15 (8.7%)
 *   518 giay-in-a4                 154/171 90.1%  wrong  4 (2.3%)     110/171 64.3%  wrong 12 (7.0%)
 *   519 hat-nem-bot-canh           164/171 95.9%  wrong  4 (2.3%)     156/171 91.2%  wrong 11 (6.4%)
 *   520 sua-tam-dau-goi            164/171 95.9%  wrong  2 (1.2%)     149/171 87.1%  wrong 10 (5.8%)
 *   521 van-truot-patin            162/172 94.2%  wrong  4 (2.3%)     144/172 83.7%  wrong  9 (5.2%)
 *   522 vot-tennis                 161/171 94.2%  wrong  2 (1.2%)     138/171 80.7%  wrong 14 (8.2%)
 *      sets 515-522             1264/1373 92.1% wrong 32 (2.3%)    1049/1373 76.4% wrong 87 (6.3%)
 *      (sets 515-522, first run at commit 0d275a4, after eight rules from the misses of sets 499-514; same run, the
 *       parser of commit 4af546f (the round's start): the same figures; of commit 798863a (the session's start):
 *       1261/1373 91.8%, wrong 35 (2.5%).)
 *   523 ban-phim-chuot             157/173 90.8%  wrong  3 (1.7%)     144/173 83.2%  wrong 13 (7.5%)
 *   524 den-xe-may-led             156/172 90.7%  wrong 10 (5.8%)     123/172 71.5%  wrong 11 (6.4%)
 *   525 dung-cu-cat-tia-cay        165/172 95.9%  wrong  1 (0.6%)     141/172 82.0%  wrong  4 (2.3%)
 *   526 kem-chong-nang             158/172 91.9%  wrong  3 (1.7%)     127/172 73.8%  wrong 15 (8.7%)
 *   527 nem-cao-su-goi             155/172 90.1%  wrong 12 (7.0%)     129/172 75.0%  wrong  4 (2.3%)
 *   528 nuoc-rua-chen-lau-san      159/172 92.4%  wrong  0 (0.0%)     126/172 73.3%  wrong 14 (8.1%)
 *   529 tra-tui-loc                161/175 92.0%  wrong  3 (1.7%)     128/175 73.1%  wrong  9 (5.1%)
 *   530 ve-so-xo-lich-ban          151/170 88.8%  wrong  5 (2.9%)     133/170 78.2%  wrong 18 (10.6%)
 *      sets 523-530             1262/1378 91.6% wrong 37 (2.7%)    1051/1378 76.3% wrong 88 (6.4%)
 *      (sets 523-530, first run at commit 8b6942c, after a change said alone found its turn further on; same run, the
 *       parser of commit adff34d (the round's start): the same figures; of commit 798863a (the session's start):
 *       1261/1378 91.5%, wrong 40 (2.9%).)
 *   531 ban-ghe-xep-nhua           165/172 95.9%  wrong  1 (0.6%)     155/172 90.1%  wrong  6 (3.5%)
 *   532 day-dong-ho-thong-minh     169/175 96.6%  wrong  0 (0.0%)     123/175 70.3%  wrong  7 (4.0%)
 *   533 den-tho-dien               154/172 89.5%  wrong  5 (2.9%)     146/172 84.9%  wrong 14 (8.1%)
 *   534 dung-cu-bep-silicon        166/170 97.6%  wrong  1 (0.6%)     145/170 85.3%  wrong  5 (2.9%)
 *   535 kinh-bao-ho-mat-na         161/172 93.6%  wrong  6 (3.5%)     133/172 77.3%  wrong 24 (14.0%)
 *   536 nuoc-hoa-o-to              153/172 89.0%  wrong  4 (2.3%)     142/172 82.6%  wrong 12 (7.0%)
 *   537 o-cam-keo-dai              154/170 90.6%  wrong  2 (1.2%)     106/170 62.4%  wrong  7 (4.1%)
 *   538 phu-kien-rem-cua           164/172 95.3%  wrong  2 (1.2%)     150/172 87.2%  wrong 11 (6.4%)
 *      sets 531-538             1286/1375 93.5% wrong 21 (1.5%)    1100/1375 80.0% wrong 86 (6.3%)
 *      (sets 531-538, first run at commit dc76e31, after four rules from the misses of sets 515-530; same run, the
 *       parser of commit 3b9b64d (the round's start): 1283/1375 93.3%, wrong 24 (1.7%); of commit 798863a (the
 *       session's start): 1283/1375 93.3%, wrong 28 (2.0%).)
 *   539 banh-keo-an-vat-tre-em     160/175 91.4%  wrong  7 (4.0%)     136/175 77.7%  wrong 16 (9.1%)
 *   540 bot-giat-may-giat          164/175 93.7%  wrong  0 (0.0%)     137/175 78.3%  wrong 10 (5.7%)
 *   541 dung-cu-ve-sinh-be-ca      159/172 92.4%  wrong  1 (0.6%)     156/172 90.7%  wrong  7 (4.1%)
 *   542 hoa-lua-gia-cam-tay        157/175 89.7%  wrong  8 (4.6%)     136/175 77.7%  wrong 17 (9.7%)
 *   543 non-ao-bao-ho-xe-may       163/172 94.8%  wrong  2 (1.2%)     153/172 89.0%  wrong 11 (6.4%)
 *   544 ruou-nep-than-hop-qua      157/172 91.3%  wrong  5 (2.9%)     137/172 79.7%  wrong 14 (8.1%)
 *   545 thung-do-nghe-nhua         159/175 90.9%  wrong  4 (2.3%)     130/175 74.3%  wrong 15 (8.6%)
 *   546 vat-tu-lam-nen             166/172 96.5%  wrong  1 (0.6%)     148/172 86.0%  wrong 12 (7.0%)
 *      sets 539-546             1285/1388 92.6% wrong 28 (2.0%)    1133/1388 81.6% wrong 102 (7.3%)
 *      (sets 539-546, first run at commit 4239255, the same readings as dc76e31, after it had been tuned on sets 1-538; same run, the parser of commit 798863a (the session's start): 1283/1388 92.4%,
 *       wrong 28 (2.0%).)
 *   547 bao-tay-tre-em-mu-len      154/170 90.6%  wrong  1 (0.6%)     109/170 64.1%  wrong  5 (2.9%)
 *   548 bia-ruou-khai-truong       164/172 95.3%  wrong  4 (2.3%)     142/172 82.6%  wrong 11 (6.4%)
 *   549 den-san-vuon-nang-luong    160/172 93.0%  wrong  2 (1.2%)     112/172 65.1%  wrong 13 (7.6%)
 *   550 dung-cu-cham-soc-moc       164/173 94.8%  wrong  3 (1.7%)     139/173 80.3%  wrong 11 (6.4%)
 *   551 khay-dung-trung-vi-trung   155/170 91.2%  wrong  8 (4.7%)     124/170 72.9%  wrong  8 (4.7%)
 *   552 mien-dong-phia-nam         161/175 92.0%  wrong  3 (1.7%)     140/175 80.0%  wrong 13 (7.4%)
 *   553 phu-kien-may-khoan         164/171 95.9%  wrong  3 (1.8%)     99/171 57.9%  wrong  5 (2.9%)
 *   554 tui-dung-my-pham           158/170 92.9%  wrong  3 (1.8%)     142/170 83.5%  wrong 14 (8.2%)
 *      sets 547-554             1280/1373 93.2% wrong 27 (2.0%)    1007/1373 73.3% wrong 80 (5.8%)
 *      (sets 547-554, first run at commit 532f4e8, after a weight or volume came to take the largest pack that fits in
 *       it; same run, the parser of commit c9aeed5 (the round's start): the same figures; of
 *       commit 798863a (the session's start): 1276/1373 92.9%, wrong 33 (2.4%).)
 *   555 bot-tret-tuong             160/172 93.0%  wrong  3 (1.7%)     156/172 90.7%  wrong  6 (3.5%)
 *   556 den-pin-doi-dau            152/172 88.4%  wrong  3 (1.7%)     131/172 76.2%  wrong  7 (4.1%)
 *   557 ga-giuong-cotton           150/172 87.2%  wrong 10 (5.8%)     127/172 73.8%  wrong  9 (5.2%)
 *   558 khan-giay-an-hop-rut       159/172 92.4%  wrong  5 (2.9%)     113/172 65.7%  wrong 22 (12.8%)
 *   559 nuoc-yen-hu                160/172 93.0%  wrong  3 (1.7%)     132/172 76.7%  wrong 20 (11.6%)
 *   560 ot-bot-gia-vi              158/172 91.9%  wrong  6 (3.5%)     146/172 84.9%  wrong 12 (7.0%)
 *   561 phu-kien-xe-dap-the-thao   167/172 97.1%  wrong  2 (1.2%)     161/172 93.6%  wrong  3 (1.7%)
 *   562 vo-hop-giay-dong-goi       154/172 89.5%  wrong  6 (3.5%)     121/172 70.3%  wrong 13 (7.6%)
 *      sets 555-562             1260/1376 91.6% wrong 38 (2.8%)    1087/1376 79.0% wrong 92 (6.7%)
 *      (sets 555-562, first run at commit 338c42c, the session's final parser ("túi mỹ phẩm" keeps "phẩm"; "…, à mà
 *       thôi khỏi" takes back); same run, the parser of commit 93dd111 (the round's start): the same figures; of
 *       commit 798863a (the session's start): 1260/1376 91.6%, wrong 36 (2.6%).)
 *   563 binh-phun-tuoi-cay         162/175 92.6%  wrong  4 (2.3%)     126/175 72.0%  wrong  7 (4.0%)
 *   564 bong-ro-the-thao           174/184 94.6%  wrong  1 (0.5%)     158/184 85.9%  wrong  6 (3.3%)
 *   565 day-cap-mang-lan           156/175 89.1%  wrong  5 (2.9%)     134/175 76.6%  wrong 10 (5.7%)
 *   566 goi-tua-lung-co            177/184 96.2%  wrong  0 (0.0%)     165/184 89.7%  wrong  4 (2.2%)
 *   567 hat-chia-hat-lanh          163/175 93.1%  wrong  4 (2.3%)     141/175 80.6%  wrong  5 (2.9%)
 *   568 ke-go-lap-ghep             179/184 97.3%  wrong  3 (1.6%)     133/184 72.3%  wrong  9 (4.9%)
 *   569 nhan-bac-theo-size         162/175 92.6%  wrong  2 (1.1%)     153/175 87.4%  wrong 12 (6.9%)
 *   570 tra-gung-mat-ong           176/184 95.7%  wrong  2 (1.1%)     140/184 76.1%  wrong  5 (2.7%)
 *      sets 563-570             1349/1436 93.9% wrong 21 (1.5%)    1150/1436 80.1% wrong 58 (4.0%)
 *      (sets 563-570, first run at commit 11b8f4f, after a bare number came to be read in the millimetres the names
 *       write and "cho 4 đứa cháu" as whom the goods are for; same run, the parser of commit c2ef4f7 (the session's
 *       start): the same figures.)
 *   571 ban-chai-dien-tam-nuoc     169/187 90.4%  wrong  3 (1.6%)     156/187 83.4%  wrong 10 (5.3%)
 *   572 bup-be-do-choi-be-gai      161/172 93.6%  wrong  5 (2.9%)     138/172 80.2%  wrong 20 (11.6%)
 *   573 dong-ho-treo-tuong-ban     172/187 92.0%  wrong  4 (2.1%)     160/187 85.6%  wrong  7 (3.7%)
 *   574 keo-silicon-dan            161/172 93.6%  wrong  1 (0.6%)     112/172 65.1%  wrong 27 (15.7%)
 *   575 khan-trai-ban-nap          173/187 92.5%  wrong  4 (2.1%)     154/187 82.4%  wrong  9 (4.8%)
 *   576 pin-tieu-pin-cuc-ao        172/187 92.0%  wrong  3 (1.6%)     140/187 74.9%  wrong 16 (8.6%)
 *   577 thach-rau-cau-bot          160/175 91.4%  wrong  7 (4.0%)     141/175 80.6%  wrong 17 (9.7%)
 *   578 tuong-thach-cao-trang-tri  159/172 92.4%  wrong  2 (1.2%)     138/172 80.2%  wrong 10 (5.8%)
 *      sets 571-578             1327/1439 92.2% wrong 29 (2.0%)    1139/1439 79.2% wrong 116 (8.1%)
 *      (sets 571-578, first run at commit 722d8be, after "kệ sách mini 5 tầng" came to ask, "bóng cao su số 5" to match
 *       its alias, and a word the shop typed bare in an alias to be no second spelling; same run, the parser of commit
 *       c2ef4f7 (the session's start): the same figures.)
 *   579 binh-hoa-gom-su            166/182 91.2%  wrong 13 (7.1%)     147/182 80.8%  wrong 14 (7.7%)
 *   580 chan-dien-suoi             167/175 95.4%  wrong  2 (1.1%)     142/175 81.1%  wrong  8 (4.6%)
 *   581 den-ngu-trang-tri          169/182 92.9%  wrong  6 (3.3%)     143/182 78.6%  wrong 23 (12.6%)
 *   582 ghe-sofa-mini              163/172 94.8%  wrong  0 (0.0%)     157/172 91.3%  wrong  5 (2.9%)
 *   583 giay-decal-in              161/172 93.6%  wrong  3 (1.7%)     126/172 73.3%  wrong 13 (7.6%)
 *   584 tu-quan-ao-nhua            166/180 92.2%  wrong  6 (3.3%)     135/180 75.0%  wrong 22 (12.2%)
 *   585 tuong-ca-mayonnaise        166/172 96.5%  wrong  2 (1.2%)     141/172 82.0%  wrong 12 (7.0%)
 *   586 voi-sen-chau-rua           170/182 93.4%  wrong  7 (3.8%)     136/182 74.7%  wrong 15 (8.2%)
 *      sets 579-586             1328/1417 93.7% wrong 39 (2.8%)    1127/1417 79.5% wrong 112 (7.9%)
 *      (sets 579-586, first run at commit bd93f7b, after a count of pieces came to take the fewest whole packs and an
 *       address after a dash or after "gửi" and whom it goes to to be no order line; same run, the parser of commit
 *       283ee9b (the round's start) and of commit c2ef4f7 (the session's start): 1328/1417 93.7%, wrong 38 (2.7%).)
 *   587 ao-khoac-phao-nam-nu       168/172 97.7%  wrong  0 (0.0%)     144/172 83.7%  wrong  8 (4.7%)
 *   588 bot-ca-cao-socola-nau      182/186 97.8%  wrong  1 (0.5%)     168/186 90.3%  wrong  1 (0.5%)
 *   589 dem-ngoi-cho-meo-cho       161/172 93.6%  wrong  1 (0.6%)     149/172 86.6%  wrong  7 (4.1%)
 *   590 gang-tay-y-te              173/186 93.0%  wrong  5 (2.7%)     153/186 82.3%  wrong 22 (11.8%)
 *   591 hop-com-giu-nhiet          179/188 95.2%  wrong  4 (2.1%)     130/188 69.1%  wrong 14 (7.4%)
 *   592 khoa-xe-may-chong-trom     172/186 92.5%  wrong  4 (2.2%)     132/186 71.0%  wrong 12 (6.5%)
 *   593 nen-sinh-nhat-trang-tri    135/172 78.5%  wrong  7 (4.1%)     130/172 75.6%  wrong 29 (16.9%)
 *   594 quat-tran-quat-hut         162/172 94.2%  wrong  2 (1.2%)     134/172 77.9%  wrong  2 (1.2%)
 *      sets 587-594             1332/1434 92.9% wrong 24 (1.7%)    1140/1434 79.5% wrong 95 (6.6%)
 *      (sets 587-594, first run at commit 726961b, after a cancelling sentence came to keep cancelling beside a catalog
 *       word that names no goods, "số lượng hai" to label an amount and "à đổi thành 2 túi 20 cái" to name the bag of
 *       20; same run, the parser of commit 456a693 (the round's start): the same figures; of commit c2ef4f7 (the
 *       session's start): 1331/1434 92.8%, wrong 24 (1.7%). Puffer jackets: 97.7% exact, none confidently wrong.)
 *   595 ao-so-sinh-do-be           177/180 98.3%  wrong  0 (0.0%)     115/180 63.9%  wrong 20 (11.1%)
 *   596 day-dai-dong-thung         167/180 92.8%  wrong  2 (1.1%)     127/180 70.6%  wrong 12 (6.7%)
 *   597 dung-cu-cau-long-san       157/172 91.3%  wrong  3 (1.7%)     151/172 87.8%  wrong 10 (5.8%)
 *   598 ke-treo-quan-ao-inox       166/171 97.1%  wrong  0 (0.0%)     140/171 81.9%  wrong 10 (5.8%)
 *   599 may-hut-bui-gia-dinh       160/180 88.9%  wrong  8 (4.4%)     145/180 80.6%  wrong 17 (9.4%)
 *   600 noi-chien-lo-vi-song       158/172 91.9%  wrong  3 (1.7%)     122/172 70.9%  wrong 12 (7.0%)
 *   601 son-moi-my-pham-han        155/170 91.2%  wrong  5 (2.9%)     134/170 78.8%  wrong 22 (12.9%)
 *   602 thiet-bi-bep-gas-mini      170/183 92.9%  wrong  3 (1.6%)     152/183 83.1%  wrong 14 (7.7%)
 *      sets 595-602             1310/1408 93.0% wrong 24 (1.7%)    1086/1408 77.1% wrong 117 (8.3%)
 *      (sets 595-602, first run at commit 5fce370, after a word glossed by its synonym ("vàng gold") came to be one
 *       word of the phrase and "ruột gối 45 x 6" six of the 45; same run, the parser of commit 726961b (the round's
 *       start): the same figures; of commit c2ef4f7 (the session's start): 1307/1408 92.8%, wrong 24 (1.7%). Newborn
 *       clothes 98.3% and clothes-drying racks 97.1%, none confidently wrong.)
 *   603 binh-loc-nuoc-lo-loc       166/172 96.5%  wrong  2 (1.2%)     136/172 79.1%  wrong  8 (4.7%)
 *   604 day-nhay-day-khang-luc     158/170 92.9%  wrong  1 (0.6%)     154/170 90.6%  wrong  7 (4.1%)
 *   605 day-thun-buoc-toc          167/174 96.0%  wrong  2 (1.1%)     153/174 87.9%  wrong 11 (6.3%)
 *   606 hop-but-de-ban             161/174 92.5%  wrong  6 (3.4%)     124/174 71.3%  wrong 11 (6.3%)
 *   607 ke-bep-inox-da-nang        162/172 94.2%  wrong  1 (0.6%)     111/172 64.5%  wrong 14 (8.1%)
 *   608 que-xien-tam-tre           160/172 93.0%  wrong  2 (1.2%)     133/172 77.3%  wrong 12 (7.0%)
 *   609 thia-dua-inox-go           167/172 97.1%  wrong  3 (1.7%)     126/172 73.3%  wrong 23 (13.4%)
 *   610 xit-khoang-toner           163/172 94.8%  wrong  3 (1.7%)     149/172 86.6%  wrong 11 (6.4%)
 *      sets 603-610             1304/1378 94.6% wrong 20 (1.5%)    1086/1378 78.8% wrong 97 (7.0%)
 *      (sets 603-610, first run at commit 423dda6, after a lone word that heads no product came to be ordered no one
 *       of; same run, the parser of commit 5fce370 (the round's start): 1303/1378 94.6%, wrong 20 (1.5%); of commit
 *       c2ef4f7 (the session's start): 1301/1378 94.4%, wrong 22 (1.6%).)
 *   611 binh-nuoc-the-thao         170/184 92.4%  wrong  2 (1.1%)     149/184 81.0%  wrong 11 (6.0%)
 *   612 cay-lau-nha-360            149/170 87.6%  wrong  5 (2.9%)     124/170 72.9%  wrong 12 (7.1%)
 *   613 den-ban-lam-viec           153/170 90.0%  wrong  2 (1.2%)     116/170 68.2%  wrong  7 (4.1%)
 *   614 hop-nhua-dung-do           156/170 91.8%  wrong  8 (4.7%)     109/170 64.1%  wrong 12 (7.1%)
 *   615 khan-mat-cotton            170/184 92.4%  wrong  2 (1.1%)     139/184 75.5%  wrong 14 (7.6%)
 *   616 moc-treo-dan-tuong         155/170 91.2%  wrong  0 (0.0%)     111/170 65.3%  wrong 11 (6.5%)
 *   617 tu-giay-nhua-go            172/184 93.5%  wrong  5 (2.7%)     129/184 70.1%  wrong 13 (7.1%)
 *   618 tui-chuom-nong-lanh        167/184 90.8%  wrong  8 (4.3%)     145/184 78.8%  wrong 11 (6.0%)
 *      sets 611-618             1292/1416 91.2% wrong 32 (2.3%)    1022/1416 72.2% wrong 91 (6.4%)
 *      (sets 611-618, first run at commit a78820a, the session's final parser; same run, the parser of commit c2ef4f7
 *       (the session's start): 1288/1416 91.0%, wrong 32 (2.3%).)
 *   619 ban-ui-hoi-nuoc            167/174 96.0%  wrong  3 (1.7%)     129/174 74.1%  wrong  9 (5.2%)
 *   620 de-tan-nhiet-laptop        155/174 89.1%  wrong  7 (4.0%)     96/174 55.2%  wrong 19 (10.9%)
 *   621 goi-ngu-em-be              161/175 92.0%  wrong  4 (2.3%)     133/175 76.0%  wrong  9 (5.1%)
 *   622 hop-qua-tet-banh-keo       162/172 94.2%  wrong  3 (1.7%)     140/172 81.4%  wrong 10 (5.8%)
 *   623 khan-xo-em-be              155/172 90.1%  wrong  1 (0.6%)     129/172 75.0%  wrong 13 (7.6%)
 *   624 khay-da-tu-lanh            161/173 93.1%  wrong  3 (1.7%)     111/173 64.2%  wrong 15 (8.7%)
 *   625 rem-phong-tam-moc-treo     167/174 96.0%  wrong  2 (1.1%)     154/174 88.5%  wrong  5 (2.9%)
 *   626 tham-lot-san-o-to          152/172 88.4%  wrong  2 (1.2%)     114/172 66.3%  wrong  5 (2.9%)
 *      sets 619-626             1280/1386 92.4% wrong 25 (1.8%)    1006/1386 72.6% wrong 85 (6.1%)
 *      (sets 619-626, first run at commit 7088efb, the readings of a78820a (the same figures in the same run); the
 *       parser of commit c2ef4f7 (the session's start): 1279/1386 92.3%, wrong 25 (1.8%).)
 *   627 banh-cay-lang-nguyen       159/180 88.3%  wrong  2 (1.1%)     124/180 68.9%  wrong 33 (18.3%)
 *   628 bonsai-vi-khe              159/175 90.9%  wrong  2 (1.1%)     130/175 74.3%  wrong 11 (6.3%)
 *   629 den-da-muoi-khanh-hoi      157/173 90.8%  wrong  3 (1.7%)     117/173 67.6%  wrong 16 (9.2%)
 *   630 do-da-long-xuyen           167/186 89.8%  wrong  2 (1.1%)     141/186 75.8%  wrong 15 (8.1%)
 *   631 giong-thuy-san-tien-dong   154/182 84.6%  wrong 10 (5.5%)     108/182 59.3%  wrong 36 (19.8%)
 *   632 luc-binh-thanh-phu         177/192 92.2%  wrong  4 (2.1%)     167/192 87.0%  wrong  6 (3.1%)
 *   633 nho-tao-thai-an            160/182 87.9%  wrong  8 (4.4%)     126/182 69.2%  wrong 24 (13.2%)
 *   634 ruou-can-buon-jun          175/191 91.6%  wrong  6 (3.1%)     130/191 68.1%  wrong 17 (8.9%)
 *      sets 627-634             1308/1461 89.5% wrong 37 (2.5%)    1043/1461 71.4% wrong 158 (10.8%)
 *      (sets 627-634, first run at commit cb5b4d7, two rules into a session, written from a new brief that asked
 *       for per-item phrases ("mỗi loại 2"), corrections and thousands of fry; the parser of commit c296c7d (the
 *       session's start), same run: the same 1308/1461 89.5%, wrong 37 (2.5%).)
 *   635 dac-san-bien-hung-thang    164/180 91.1%  wrong  3 (1.7%)     142/180 78.9%  wrong 15 (8.3%)
 *   636 dac-san-dat-to             173/184 94.0%  wrong  4 (2.2%)     161/184 87.5%  wrong  9 (4.9%)
 *   637 gom-thanh-ha               169/190 88.9%  wrong  6 (3.2%)     148/190 77.9%  wrong 20 (10.5%)
 *   638 nam-sach-lien-hiep         170/184 92.4%  wrong  4 (2.2%)     148/184 80.4%  wrong 20 (10.9%)
 *   639 ong-mat-dong-van           160/182 87.9%  wrong  5 (2.7%)     138/182 75.8%  wrong 24 (13.2%)
 *   640 sua-de-gia-sinh            170/187 90.9%  wrong  5 (2.7%)     123/187 65.8%  wrong 14 (7.5%)
 *   641 thot-not-la-buong-tri-ton  164/178 92.1%  wrong  1 (0.6%)     145/178 81.5%  wrong 18 (10.1%)
 *   642 to-he-xuan-la              176/193 91.2%  wrong  1 (0.5%)     142/193 73.6%  wrong 25 (13.0%)
 *      sets 635-642             1346/1478 91.1% wrong 29 (2.0%)    1147/1478 77.6% wrong 145 (9.8%)
 *      (sets 635-642, first run at commit c324509, after the session's round of rules from the misses of sets 627-634;
 *       same run, the parser of commit c296c7d (the session's start): 1333/1478 90.2%, wrong 31 (2.1%).)
 *   643 banh-da-nem-lang-cheu      158/178 88.8%  wrong  3 (1.7%)     127/178 71.3%  wrong 14 (7.9%)
 *   644 banh-khot-thang-tam        170/192 88.5%  wrong  6 (3.1%)     116/192 60.4%  wrong 14 (7.3%)
 *   645 banh-phu-the-dinh-bang     159/184 86.4%  wrong  6 (3.3%)     113/184 61.4%  wrong 29 (15.8%)
 *   646 bun-bo-kim-long            172/199 86.4%  wrong  6 (3.0%)     137/199 68.8%  wrong 31 (15.6%)
 *   647 ngoc-trai-an-thoi          160/174 92.0%  wrong  2 (1.1%)     109/174 62.6%  wrong  9 (5.2%)
 *   648 ruou-sim-cua-can           166/178 93.3%  wrong  3 (1.7%)     132/178 74.2%  wrong 18 (10.1%)
 *   649 thuoc-lao-tien-lang        160/184 87.0%  wrong  3 (1.6%)     147/184 79.9%  wrong 17 (9.2%)
 *   650 tra-o-long-bao-loc         167/180 92.8%  wrong  5 (2.8%)     140/180 77.8%  wrong 14 (7.8%)
 *      sets 643-650             1312/1469 89.3% wrong 34 (2.3%)    1021/1469 69.5% wrong 146 (9.9%)
 *      (sets 643-650, first run at commit d413627, after a round of rules from the misses of sets 635-642; same run,
 *       the parser of commit c324509 (the round's start): 1305/1469 88.8%, wrong 35 (2.4%); of commit c296c7d (the
 *       session's start): 1302/1469 88.6%, wrong 36 (2.5%).)
 *   651 banh-gai-ninh-giang        170/186 91.4%  wrong  5 (2.7%)     126/186 67.7%  wrong 43 (23.1%)
 *   652 cong-chieng-plei-ro        183/200 91.5%  wrong  7 (3.5%)     139/200 69.5%  wrong 15 (7.5%)
 *   653 dac-san-an-nhon            186/196 94.9%  wrong  4 (2.0%)     130/196 66.3%  wrong 17 (8.7%)
 *   654 den-giay-thanh-tuyen       159/175 90.9%  wrong  3 (1.7%)     122/175 69.7%  wrong 26 (14.9%)
 *   655 go-lua-tan-lap             167/180 92.8%  wrong  5 (2.8%)     149/180 82.8%  wrong 10 (5.6%)
 *   656 mo-hinh-kim-loai-an-khanh  148/175 84.6%  wrong  7 (4.0%)     119/175 68.0%  wrong 17 (9.7%)
 *   657 mu-coi-phu-thuong          164/180 91.1%  wrong  4 (2.2%)     125/180 69.4%  wrong 31 (17.2%)
 *   658 to-sen-phung-xa            179/190 94.2%  wrong  2 (1.1%)     146/190 76.8%  wrong 20 (10.5%)
 *      sets 651-658             1356/1482 91.5% wrong 37 (2.5%)    1056/1482 71.3% wrong 179 (12.1%)
 *      (sets 651-658, first run at commit 882e57e, after a round of rules from the misses of sets 643-650 (one rule more,
 *       a list of bare sizes before "mỗi cỡ", came after it); same run, the parser of commit d413627 (the round's
 *       start): 1354/1482 91.4%, wrong 38 (2.6%); of commit c296c7d (the session's start): 1345/1482 90.8%, wrong 39
 *       (2.6%).)
 *   659 banh-que-phu-nhi           169/180 93.9%  wrong  2 (1.1%)     149/180 82.8%  wrong  8 (4.4%)
 *   660 cay-canh-nhat-tan          158/185 85.4%  wrong  4 (2.2%)     114/185 61.6%  wrong 11 (5.9%)
 *   661 da-my-nghe-ninh-van        153/180 85.0%  wrong  6 (3.3%)     134/180 74.4%  wrong 11 (6.1%)
 *   662 dac-san-bien-tien-hai      171/180 95.0%  wrong  3 (1.7%)     150/180 83.3%  wrong  7 (3.9%)
 *   663 dac-san-krong-pa           159/173 91.9%  wrong  6 (3.5%)     143/173 82.7%  wrong  9 (5.2%)
 *   664 do-tho-dai-bai             174/185 94.1%  wrong  3 (1.6%)     152/185 82.2%  wrong 17 (9.2%)
 *   665 hoanh-phi-son-dong         166/184 90.2%  wrong  2 (1.1%)     153/184 83.2%  wrong 14 (7.6%)
 *   666 khac-dau-hang-quat         150/182 82.4%  wrong  6 (3.3%)     145/182 79.7%  wrong 17 (9.3%)
 *      sets 659-666             1300/1449 89.7% wrong 32 (2.2%)    1140/1449 78.7% wrong 94 (6.5%)
 *      (sets 659-666, first run at commit 01af802, after three rules from the pool's misses; same run, the parser of
 *       commit fac9907 (the session's start): 1300/1449 89.7%, wrong 32 (2.2%).)
 *   667 am-thuc-ho-tay             171/184 92.9%  wrong  4 (2.2%)     129/184 70.1%  wrong  7 (3.8%)
 *   668 bong-phu-xa                163/188 86.7%  wrong  2 (1.1%)     134/188 71.3%  wrong  8 (4.3%)
 *   669 dua-cau-ke                 161/180 89.4%  wrong  9 (5.0%)     131/180 72.8%  wrong 32 (17.8%)
 *   670 gach-ngoi-huong-canh       149/190 78.4%  wrong  7 (3.7%)     124/190 65.3%  wrong 27 (14.2%)
 *   671 quan-ho-lim                153/180 85.0%  wrong  9 (5.0%)     134/180 74.4%  wrong 16 (8.9%)
 *   672 sat-my-nghe-xuan-lai       163/190 85.8%  wrong  1 (0.5%)     132/190 69.5%  wrong 24 (12.6%)
 *   673 tranh-hang-trong           157/178 88.2%  wrong  4 (2.2%)     129/178 72.5%  wrong 14 (7.9%)
 *   674 vat-tu-lan-me-linh         165/184 89.7%  wrong  3 (1.6%)     138/184 75.0%  wrong  7 (3.8%)
 *      sets 667-674             1282/1474 87.0% wrong 39 (2.6%)    1051/1474 71.3% wrong 135 (9.2%)
 *      (sets 667-674, first run at commit a4e573d, after a round of rules from the misses of sets 659-666; same run,
 *       the parser of commit 01af802 (the round's start): 1282/1474 87.0%, wrong 35 (2.4%); of commit fac9907 (the
 *       session's start): 1281/1474 86.9%, wrong 35 (2.4%). The four confident errors more were one rule's, a rental
 *       word, "thuê 4 bộ nữ size M", whose phrase the scan drew from its classifier: the word was dropped and the
 *       costume sold. Fixed after this run; see core/parser/lead-word.ts.)
 *   675 banh-hue-kim-long          166/180 92.2%  wrong  5 (2.8%)     114/180 63.3%  wrong 34 (18.9%)
 *   676 bao-bi-dong-xa             156/176 88.6%  wrong  7 (4.0%)     136/176 77.3%  wrong 18 (10.2%)
 *   677 bun-dau-lang-mo            152/180 84.4%  wrong  5 (2.8%)     86/180 47.8%  wrong 15 (8.3%)
 *   678 ca-canh-an-thanh           168/178 94.4%  wrong  2 (1.1%)     142/178 79.8%  wrong 24 (13.5%)
 *   679 chuong-phuoc-kieu          166/182 91.2%  wrong  3 (1.6%)     125/182 68.7%  wrong 14 (7.7%)
 *   680 la-thuoc-yen-son           167/176 94.9%  wrong  2 (1.1%)     144/176 81.8%  wrong  8 (4.5%)
 *   681 pallet-phu-khe             173/190 91.1%  wrong  3 (1.6%)     142/190 74.7%  wrong 11 (5.8%)
 *   682 tranh-kinh-phu-van         167/182 91.8%  wrong  4 (2.2%)     152/182 83.5%  wrong 13 (7.1%)
 *      sets 675-682             1315/1444 91.1% wrong 31 (2.1%)    1041/1444 72.1% wrong 137 (9.5%)
 *      (sets 675-682, first run at commit 0e22b3a, after a round of rules from the misses of sets 667-674; same run,
 *       the parser of commit a4e573d (the round's start) and of commit fac9907 (the session's start) read them the
 *       same: none of the session's rules came up in them.)
 *   683 ban-tho-son-dong           156/172 90.7%  wrong  2 (1.2%)     145/172 84.3%  wrong  9 (5.2%)
 *   684 cu-kieu-vinh-chau          183/200 91.5%  wrong  8 (4.0%)     147/200 73.5%  wrong 20 (10.0%)
 *   685 flan-xom-chua              178/198 89.9%  wrong  5 (2.5%)     129/198 65.2%  wrong 23 (11.6%)
 *   686 ga-quy-dong-tao            152/178 85.4%  wrong  8 (4.5%)     122/178 68.5%  wrong 25 (14.0%)
 *   687 hoa-trang-hang-ma          154/179 86.0%  wrong  5 (2.8%)     122/179 68.2%  wrong 25 (14.0%)
 *   688 khan-ran-tan-chau          158/176 89.8%  wrong  3 (1.7%)     135/176 76.7%  wrong 16 (9.1%)
 *   689 lon-ban-mai-chau           159/178 89.3%  wrong  2 (1.1%)     141/178 79.2%  wrong 13 (7.3%)
 *   690 may-tre-phu-vinh           159/173 91.9%  wrong  4 (2.3%)     129/173 74.6%  wrong  7 (4.0%)
 *      sets 683-690             1299/1454 89.3% wrong 37 (2.5%)    1070/1454 73.6% wrong 138 (9.5%)
 *      (sets 683-690, first run at commit 7168cc4, after two rules from the misses of sets 675-682; same run, the
 *       parser of commit 0e22b3a (the round's start): the same; of commit fac9907 (the session's start): 1293/1454
 *       88.9%, wrong 37 (2.5%). The altar set's writer named it "do-tho-son-dong", as an older set is named; its files
 *       were renamed ban-tho-son-dong before the run, their content unchanged.)
 *   691 dong-dai-bai               166/182 91.2%  wrong  8 (4.4%)     158/182 86.8%  wrong 17 (9.3%)
 *   692 gio-cha-uoc-le-2           165/190 86.8%  wrong  7 (3.7%)     152/190 80.0%  wrong 11 (5.8%)
 *   693 keo-xuan-hoa               164/172 95.3%  wrong  3 (1.7%)     128/172 74.4%  wrong 13 (7.6%)
 *   694 ruou-lang-van              165/190 86.8%  wrong  7 (3.7%)     133/190 70.0%  wrong 19 (10.0%)
 *   695 sao-truc-xuan-lai          175/189 92.6%  wrong  3 (1.6%)     127/189 67.2%  wrong 28 (14.8%)
 *   696 sen-hue-tinh-tam           178/187 95.2%  wrong  0 (0.0%)     131/187 70.1%  wrong 13 (7.0%)
 *   697 thach-giai-khat-cam-xuyen  164/182 90.1%  wrong  7 (3.8%)     138/182 75.8%  wrong 30 (16.5%)
 *   698 tranh-da-quy-luc-yen       156/180 86.7%  wrong  6 (3.3%)     144/180 80.0%  wrong 16 (8.9%)
 *      sets 691-698             1333/1472 90.6% wrong 41 (2.8%)    1111/1472 75.5% wrong 147 (10.0%)
 *      (sets 691-698, first run at commit 5adf742, the session's final parser (one rule after the last batch, "đặt
 *       trước 15 ổ", and its tests); same run, the parser of commit 7168cc4 (the round's start) and of commit fac9907
 *       (the session's start) read them the same. The pork-roll set's writer named it "gio-cha-uoc-le", as an older
 *       set is named; its files were renamed gio-cha-uoc-le-2 before the run, their content unchanged.)
 *   699 banh-trang-truong-cuu      179/198 90.4%  wrong  0 (0.0%)     141/198 71.2%  wrong 11 (5.6%)
 *   700 cuoi-hoi-binh-da           143/180 79.4%  wrong 10 (5.6%)     113/180 62.8%  wrong 30 (16.7%)
 *   701 den-dau-dai-bai            184/192 95.8%  wrong  1 (0.5%)     162/192 84.4%  wrong 19 (9.9%)
 *   702 hai-san-kho-canh-duong     182/199 91.5%  wrong  4 (2.0%)     155/199 77.9%  wrong 15 (7.5%)
 *   703 la-co-tan-son              155/175 88.6%  wrong  3 (1.7%)     132/175 75.4%  wrong 11 (6.3%)
 *   704 mia-duong-thi-pho          159/175 90.9%  wrong  3 (1.7%)     127/175 72.6%  wrong 22 (12.6%)
 *   705 rau-mam-yen-vien           166/175 94.9%  wrong  3 (1.7%)     143/175 81.7%  wrong 21 (12.0%)
 *   706 theu-quat-dong-2           167/196 85.2%  wrong  7 (3.6%)     146/196 74.5%  wrong 21 (10.7%)
 *      sets 699-706             1335/1490 89.6% wrong 31 (2.1%)    1119/1490 75.1% wrong 150 (10.1%)
 *      (sets 699-706, first run at commit f5c67b9, after two rules more (rented by the day, dashed ranges); same run,
 *       the parser of commit 5adf742 (the round's start): the same; of commit fac9907 (the session's start): 1334/1490
 *       89.5%, wrong 32 (2.1%). The embroidery set's writer named it "theu-quat-dong", as an older set is named; its
 *       files were renamed theu-quat-dong-2 before the run, their content unchanged.)
 *   707 cha-muc-ha-long            176/185 95.1%  wrong  1 (0.5%)     153/185 82.7%  wrong 15 (8.1%)
 *   708 choi-tien-phong            153/177 86.4%  wrong  3 (1.7%)     129/177 72.9%  wrong 10 (5.6%)
 *   709 de-nui-ninh-binh           163/174 93.7%  wrong  4 (2.3%)     133/174 76.4%  wrong 20 (11.5%)
 *   710 giay-do-duong-o            177/187 94.7%  wrong  7 (3.7%)     163/187 87.2%  wrong 11 (5.9%)
 *   711 hu-tieu-binh-tao           186/200 93.0%  wrong  6 (3.0%)     154/200 77.0%  wrong 28 (14.0%)
 *   712 my-nghe-dua-mo-cay         171/180 95.0%  wrong  1 (0.6%)     147/180 81.7%  wrong 13 (7.2%)
 *   713 que-hoi-van-yen            186/200 93.0%  wrong  5 (2.5%)     148/200 74.0%  wrong 33 (16.5%)
 *   714 ruoi-tu-ky                 161/181 89.0%  wrong  6 (3.3%)     119/181 65.7%  wrong 23 (12.7%)
 *      sets 707-714             1373/1484 92.5% wrong 33 (2.2%)    1146/1484 77.2% wrong 153 (10.3%)
 *      (sets 707-714, first run at commit 3c9e155, after four rules from the misses of the pool (a bare number read as a
 *       length is the alias's bare number, a size word said against the products read, "đồng" a material); same
 *       run, the parser of commit 76f6772 (the session's start): the same.)
 *   715 da-ca-sau-long-hung        168/180 93.3%  wrong  2 (1.1%)     135/180 75.0%  wrong 13 (7.2%)
 *   716 dac-san-thanh-son          169/185 91.4%  wrong  1 (0.5%)     136/185 73.5%  wrong  5 (2.7%)
 *   717 dong-trung-ban-khoang      173/189 91.5%  wrong  4 (2.1%)     127/189 67.2%  wrong 23 (12.2%)
 *   718 giam-men-lang-van          168/175 96.0%  wrong  1 (0.6%)     145/175 82.9%  wrong 11 (6.3%)
 *   719 khoai-cu-loc-dien          180/192 93.8%  wrong  2 (1.0%)     140/192 72.9%  wrong 16 (8.3%)
 *   720 ruou-que-bau-da-kim-son    163/182 89.6%  wrong  6 (3.3%)     152/182 83.5%  wrong 11 (6.0%)
 *   721 tho-cam-ban-mong           167/180 92.8%  wrong  6 (3.3%)     152/180 84.4%  wrong 16 (8.9%)
 *   722 thung-chai-an-hai          163/178 91.6%  wrong  5 (2.8%)     129/178 72.5%  wrong 12 (6.7%)
 *      sets 715-722             1351/1461 92.5% wrong 27 (1.8%)    1116/1461 76.4% wrong 107 (7.3%)
 *      (sets 715-722, first run at commit 3c9e155 too, in a run of its own before any tuning on sets 707-714; same
 *       run, the parser of commit 76f6772 (the session's start): 1348/1461 92.3%, wrong 27 (1.8%).)
 *   723 banh-da-ke                 173/185 93.5%  wrong  3 (1.6%)     152/185 82.2%  wrong 15 (8.1%)
 *   724 banh-tet-tra-cuon          147/176 83.5%  wrong  3 (1.7%)     107/176 60.8%  wrong 14 (8.0%)
 *   725 bua-sang-phu-hoa           146/174 83.9%  wrong  8 (4.6%)     113/174 64.9%  wrong 30 (17.2%)
 *   726 do-choi-tre-thach-xa       172/181 95.0%  wrong  3 (1.7%)     142/181 78.5%  wrong 15 (8.3%)
 *   727 ho-lo-bau-kho              177/185 95.7%  wrong  4 (2.2%)     156/185 84.3%  wrong 11 (5.9%)
 *   728 nhac-cu-tay-nguyen         166/185 89.7%  wrong  4 (2.2%)     128/185 69.2%  wrong 25 (13.5%)
 *   729 nuoc-mam-nam-o             165/180 91.7%  wrong  4 (2.2%)     116/180 64.4%  wrong 17 (9.4%)
 *   730 tra-hoa-vang-ba-che        181/200 90.5%  wrong  7 (3.5%)     150/200 75.0%  wrong 30 (15.0%)
 *      sets 723-730             1327/1466 90.5% wrong 36 (2.5%)    1064/1466 72.6% wrong 157 (10.7%)
 *      (sets 723-730, first run at commit b1fb157, after nine rules from the misses of sets 707-722 and the pool (among
 *       them "ruoi" of a shop selling rươi, "bàu đá 45 chai", an equal grade, "loại 10 ống"); same run, the parser of
 *       commit 76f6772 (the session's start): the same: none of the rules came up in them.)
 *   731 ca-com-ham-ninh            164/178 92.1%  wrong  0 (0.0%)     120/178 67.4%  wrong  9 (5.1%)
 *   732 chan-nem-tan-uyen          177/195 90.8%  wrong  6 (3.1%)     157/195 80.5%  wrong 10 (5.1%)
 *   733 do-go-kim-bong             167/180 92.8%  wrong  3 (1.7%)     147/180 81.7%  wrong 11 (6.1%)
 *   734 gach-gom-mang-thit         168/188 89.4%  wrong  4 (2.1%)     148/188 78.7%  wrong 16 (8.5%)
 *   735 gom-su-lai-thieu           189/198 95.5%  wrong  1 (0.5%)     164/198 82.8%  wrong 14 (7.1%)
 *   736 hoa-tay-tuu                174/192 90.6%  wrong  8 (4.2%)     126/192 65.6%  wrong 31 (16.1%)
 *   737 sap-ong-quan-ba            175/190 92.1%  wrong  8 (4.2%)     145/190 76.3%  wrong 23 (12.1%)
 *   738 tuong-que-nam-dan          173/185 93.5%  wrong  0 (0.0%)     152/185 82.2%  wrong 12 (6.5%)
 *      sets 731-738             1387/1506 92.1% wrong 30 (2.0%)    1159/1506 77.0% wrong 126 (8.4%)
 *      (sets 731-738, first run at commit 794b28d, after eight rules from the misses of sets 723-730 and the pool
 *       ("2 cặp mặn", bare "hoi", "1 cái 130" after "thắt lưng 120", …); same run, the parser of commit b1fb157 (the
 *       round's start): the same; of commit 76f6772 (the session's start): 1385/1506 92.0%, wrong 32 (2.1%).)
 *   739 banh-chung-tranh-khuc      180/194 92.8%  wrong  4 (2.1%)     141/194 72.7%  wrong 12 (6.2%)
 *   740 chao-long-ke-buoi          176/195 90.3%  wrong  5 (2.6%)     115/195 59.0%  wrong 35 (17.9%)
 *   741 com-hen-con-hen            177/199 88.9%  wrong  6 (3.0%)     127/199 63.8%  wrong 24 (12.1%)
 *   742 gom-phuoc-tich             166/182 91.2%  wrong  1 (0.5%)     133/182 73.1%  wrong 13 (7.1%)
 *   743 huong-tram-thuy-xuan       161/181 89.0%  wrong  6 (3.3%)     120/181 66.3%  wrong 23 (12.7%)
 *   744 keo-chuoi-phu-hung         166/182 91.2%  wrong  5 (2.7%)     116/182 63.7%  wrong 34 (18.7%)
 *   745 phu-tung-tan-lap           172/185 93.0%  wrong  3 (1.6%)     131/185 70.8%  wrong 14 (7.6%)
 *   746 thanh-long-ham-minh        180/194 92.8%  wrong  5 (2.6%)     141/194 72.7%  wrong 18 (9.3%)
 *      sets 739-746             1378/1512 91.1% wrong 35 (2.3%)    1024/1512 67.7% wrong 173 (11.4%)
 *      (sets 739-746, first run at commit 186d463, after three rules from the misses of the pool (pack counts read
 *       from the name before its aliases, single pieces before a pack, the pack said again after "size L"); same run,
 *       the parser of commit 794b28d (the round's start) and of commit 76f6772 (the session's start): 1377/1512 91.1%,
 *       wrong 36 (2.4%).)
 *   747 banh-kho-me-cam-le         166/180 92.2%  wrong  8 (4.4%)     128/180 71.1%  wrong 21 (11.7%)
 *   748 ca-keo-luon-ech-vinh-hau   174/180 96.7%  wrong  2 (1.1%)     158/180 87.8%  wrong  6 (3.3%)
 *   749 ca-long-song-da            175/195 89.7%  wrong  5 (2.6%)     155/195 79.5%  wrong 11 (5.6%)
 *   750 co-khi-thanh-thuy          173/188 92.0%  wrong  2 (1.1%)     141/188 75.0%  wrong 18 (9.6%)
 *   751 mam-cung-hoa-phuoc         171/180 95.0%  wrong  0 (0.0%)     144/180 80.0%  wrong 10 (5.6%)
 *   752 nem-nuong-ninh-hoa         151/180 83.9%  wrong  7 (3.9%)     117/180 65.0%  wrong  5 (2.8%)
 *   753 ton-ngoi-dai-dong          163/178 91.6%  wrong  2 (1.1%)     134/178 75.3%  wrong 22 (12.4%)
 *   754 vai-vun-trach-xa           167/178 93.8%  wrong  4 (2.2%)     146/178 82.0%  wrong 19 (10.7%)
 *      sets 747-754             1340/1459 91.8% wrong 30 (2.1%)    1123/1459 77.0% wrong 112 (7.7%)
 *      (sets 747-754, first run at commit 4c41299, after six rules from the misses of sets 739-746 and the pool (a
 *       size word after a count, "chưa hết thì", taking back with nothing ordered, orders not yet arrived, …); same
 *       run, the parser of commit 186d463 (the round's start): the same; of commit 76f6772 (the session's start):
 *       1339/1459 91.8%, wrong 30 (2.1%).)
 *   755 banh-keo-tuoi-tho-phu-nghia 171/180 95.0%  wrong  2 (1.1%)     149/180 82.8%  wrong 15 (8.3%)
 *   756 cay-giong-buon-ho          176/190 92.6%  wrong  2 (1.1%)     153/190 80.5%  wrong 14 (7.4%)
 *   757 choi-son-dong-mai          162/187 86.6%  wrong  1 (0.5%)     138/187 73.8%  wrong 16 (8.6%)
 *   758 dep-cao-su-dong-hoa        149/178 83.7%  wrong  1 (0.6%)     138/178 77.5%  wrong 11 (6.2%)
 *   759 kho-rach-goc               168/178 94.4%  wrong  1 (0.6%)     137/178 77.0%  wrong 15 (8.4%)
 *   760 long-den-pho-hoi           161/179 89.9%  wrong  2 (1.1%)     132/179 73.7%  wrong 15 (8.4%)
 *   761 mut-tan-lap                166/180 92.2%  wrong  3 (1.7%)     148/180 82.2%  wrong 16 (8.9%)
 *   762 quan-ho-lang-diem          164/180 91.1%  wrong  5 (2.8%)     132/180 73.3%  wrong 12 (6.7%)
 *      sets 755-762             1317/1452 90.7% wrong 17 (1.2%)    1127/1452 77.6% wrong 114 (7.9%)
 *      (sets 755-762, first run at commit 724eb8d, the session's final parser, after three rules from the misses of
 *       sets 747-754 and the pool ("1 phan 10 xau", a correction of a line before the last, …); same run, the parser
 *       of commit 4c41299 (the round's start): the same; of commit 76f6772 (the session's start): 1313/1452 90.4%,
 *       wrong 21 (1.4%).)
 *   763 banh-co-truyen-dinh-bang   169/189 89.4%  wrong  4 (2.1%)     137/189 72.5%  wrong 12 (6.3%)
 *   764 ca-kho-nghi-thuy           172/186 92.5%  wrong  1 (0.5%)     146/186 78.5%  wrong 12 (6.5%)
 *   765 den-trung-thu-phu-binh     164/179 91.6%  wrong  3 (1.7%)     118/179 65.9%  wrong 37 (20.7%)
 *   766 do-go-bep-trung-khanh      164/180 91.1%  wrong  3 (1.7%)     147/180 81.7%  wrong 13 (7.2%)
 *   767 hanh-tim-vinh-chau         164/177 92.7%  wrong  0 (0.0%)     140/177 79.1%  wrong 11 (6.2%)
 *   768 lua-nha-xa                 159/177 89.8%  wrong  6 (3.4%)     139/177 78.5%  wrong 11 (6.2%)
 *   769 tinh-bot-yen-lang          162/178 91.0%  wrong  4 (2.2%)     144/178 80.9%  wrong  8 (4.5%)
 *   770 tre-lang-dong              163/175 93.1%  wrong  2 (1.1%)     130/175 74.3%  wrong 10 (5.7%)
 *      sets 763-770             1317/1441 91.4% wrong 23 (1.6%)    1101/1441 76.4% wrong 114 (7.9%)
 *      (sets 763-770, first run at commit bc21c56, the readings of the session's final parser 724eb8d; same run, the
 *       parser of commit 76f6772 (the session's start): 1318/1441 91.5%, wrong 23 (1.6%): the message lost, "1 tá khăn
 *       voan đen làm đồng phục …", read "đồng" of "đồng phục" (a uniform) as bronze; that rule was taken out after the run.)
 *   771 banh-mi-que-thanh-khe      175/186 94.1%  wrong  4 (2.2%)     136/186 73.1%  wrong 14 (7.5%)
 *   772 coi-kim-son                167/177 94.4%  wrong  1 (0.6%)     150/177 84.7%  wrong 10 (5.6%)
 *   773 dac-san-tho-xuan           169/184 91.8%  wrong  6 (3.3%)     133/184 72.3%  wrong 11 (6.0%)
 *   774 do-chong-muoi-phu-vinh     159/180 88.3%  wrong  2 (1.1%)     130/180 72.2%  wrong 12 (6.7%)
 *   775 ga-ac-tan-lap              174/185 94.1%  wrong  1 (0.5%)     143/185 77.3%  wrong 21 (11.4%)
 *   776 gao-my-xuyen               166/185 89.7%  wrong  4 (2.2%)     148/185 80.0%  wrong 12 (6.5%)
 *   777 gom-dat-nung-binh-luong    165/182 90.7%  wrong  5 (2.7%)     148/182 81.3%  wrong 10 (5.5%)
 *   778 theu-quat-dong-3           178/188 94.7%  wrong  1 (0.5%)     160/188 85.1%  wrong 12 (6.4%)
 *      sets 771-778             1353/1467 92.2% wrong 24 (1.6%)    1148/1467 78.3% wrong 102 (7.0%)
 *      (sets 771-778, first run at commit 5ce85b2, the session's final parser; same run, the parser of commit 76f6772
 *       (the session's start): the same. The embroidery set's writer named it "theu-quat-dong", as an older set is
 *       named; its files were renamed theu-quat-dong-3 before the run, their content unchanged.)
 *   779 cha-bong-an-nhon           159/175 90.9%  wrong  2 (1.1%)     120/175 68.6%  wrong 19 (10.9%)
 *   780 da-my-nghe-ninh-van-2      159/180 88.3%  wrong  5 (2.8%)     143/180 79.4%  wrong 12 (6.7%)
 *   781 dan-luoi-tam-giang         168/185 90.8%  wrong  3 (1.6%)     143/185 77.3%  wrong 16 (8.6%)
 *   782 den-dau-xuan-thuong        161/185 87.0%  wrong  4 (2.2%)     148/185 80.0%  wrong 14 (7.6%)
 *   783 dua-go-an-lac              161/185 87.0%  wrong  3 (1.6%)     139/185 75.1%  wrong  9 (4.9%)
 *   784 ga-choi-dong-lam           171/184 92.9%  wrong  4 (2.2%)     162/184 88.0%  wrong 12 (6.5%)
 *   785 hoi-que-van-quan           171/180 95.0%  wrong  5 (2.8%)     133/180 73.9%  wrong 32 (17.8%)
 *   786 khuon-banh-dong-hoa        174/184 94.6%  wrong  2 (1.1%)     143/184 77.7%  wrong 10 (5.4%)
 *   787 lang-chai-nam-o            172/182 94.5%  wrong  2 (1.1%)     133/182 73.1%  wrong  9 (4.9%)
 *   788 mam-thuan-an               154/172 89.5%  wrong  9 (5.2%)     120/172 69.8%  wrong 17 (9.9%)
 *   789 mi-quang-phu-chiem         164/184 89.1%  wrong  2 (1.1%)     147/184 79.9%  wrong  6 (3.3%)
 *   790 nem-gon-phuoc-loc          160/185 86.5%  wrong  4 (2.2%)     132/185 71.4%  wrong  6 (3.2%)
 *   791 nhom-man-xa                166/180 92.2%  wrong  6 (3.3%)     151/180 83.9%  wrong 13 (7.2%)
 *   792 phong-linh-cam-thanh       183/188 97.3%  wrong  1 (0.5%)     127/188 67.6%  wrong  8 (4.3%)
 *   793 trau-cau-xuan-dinh         167/182 91.8%  wrong  6 (3.3%)     129/182 70.9%  wrong 14 (7.7%)
 *   794 vit-co-van-dinh            172/190 90.5%  wrong  4 (2.1%)     137/190 72.1%  wrong 21 (11.1%)
 *      sets 779-794             2662/2921 91.1% wrong 62 (2.1%)    2207/2921 75.6% wrong 218 (7.5%)
 *      (sets 779-794, first run at commit 04e7a50, after two rules from the pool (a food shop's extras named by
 *       "thêm", kitchen notes such as "ít đá"); same run, the parser of commit eb8183a (the session's start): the
 *       same. The stone mortars' writer named the set "da-my-nghe-ninh-van", as an older set is named; its files were
 *       renamed da-my-nghe-ninh-van-2 before the run, their content unchanged.)
 *   795 banh-cuon-thanh-tri-2      176/184 95.7%  wrong  4 (2.2%)     133/184 72.3%  wrong 13 (7.1%)
 *   796 banh-keo-vieng             183/194 94.3%  wrong  3 (1.5%)     121/194 62.4%  wrong 23 (11.9%)
 *   797 banh-trang-trang-bang-2    173/192 90.1%  wrong  4 (2.1%)     134/192 69.8%  wrong  9 (4.7%)
 *   798 bun-cha-phu-do             181/197 91.9%  wrong  5 (2.5%)     141/197 71.6%  wrong 15 (7.6%)
 *   799 cay-canh-vi-khe            170/190 89.5%  wrong  6 (3.2%)     150/190 78.9%  wrong 13 (6.8%)
 *   800 cay-giong-cai-mon          171/180 95.0%  wrong  3 (1.7%)     150/180 83.3%  wrong 15 (8.3%)
 *   801 chan-nuoi-suoi-hoa         160/172 93.0%  wrong  3 (1.7%)     127/172 73.8%  wrong 11 (6.4%)
 *   802 dong-phuc-la-phu           157/180 87.2%  wrong  1 (0.6%)     131/180 72.8%  wrong 18 (10.0%)
 *   803 giai-khat-tra-que          163/188 86.7%  wrong  6 (3.2%)     143/188 76.1%  wrong 23 (12.2%)
 *   804 go-my-nghe-la-xuyen        171/188 91.0%  wrong  3 (1.6%)     129/188 68.6%  wrong 31 (16.5%)
 *   805 inox-da-hoi                165/190 86.8%  wrong  6 (3.2%)     136/190 71.6%  wrong 12 (6.3%)
 *   806 mam-chau-doc               172/180 95.6%  wrong  2 (1.1%)     153/180 85.0%  wrong 12 (6.7%)
 *   807 moc-len-xuan-lai           162/180 90.0%  wrong  5 (2.8%)     136/180 75.6%  wrong 23 (12.8%)
 *   808 non-la-lang-chuong         182/195 93.3%  wrong  1 (0.5%)     158/195 81.0%  wrong 20 (10.3%)
 *   809 nuoc-mam-cat-hai           155/180 86.1%  wrong  4 (2.2%)     117/180 65.0%  wrong 16 (8.9%)
 *   810 tham-coi-kim-son           159/182 87.4%  wrong  6 (3.3%)     139/182 76.4%  wrong 15 (8.2%)
 *      sets 795-810             2700/2972 90.8% wrong 62 (2.1%)    2198/2972 74.0% wrong 269 (9.1%)
 *      (sets 795-810, first run at commit 9cdaadf, after seven rules from the misses of sets 779-794 and the pool
 *       (a confirmation of a pack's content beside an order, a number before "không"/"có" in a name, a correction's
 *       nearest sibling, buying another time, "hôm nọ" and other past times, …); same run, the parser of commit 56074f7
 *       (the round's start): the same; of commit eb8183a (the session's start): 2698/2972 90.8%, wrong 62 (2.1%). Two
 *       writers named their sets as older sets are named; their files were renamed banh-cuon-thanh-tri-2 and
 *       banh-trang-trang-bang-2 before the run, their content unchanged.)
 *   811 banh-da-ke-2               169/190 88.9%  wrong  3 (1.6%)     132/190 69.5%  wrong 18 (9.5%)
 *   812 banh-mi-an-bien            171/184 92.9%  wrong  4 (2.2%)     110/184 59.8%  wrong 18 (9.8%)
 *   813 choi-dong-lam              166/180 92.2%  wrong  4 (2.2%)     143/180 79.4%  wrong  9 (5.0%)
 *   814 co-que-dong-khe            180/195 92.3%  wrong  2 (1.0%)     154/195 79.0%  wrong 20 (10.3%)
 *   815 da-my-nghe-non-nuoc-2      182/191 95.3%  wrong  2 (1.0%)     144/191 75.4%  wrong 18 (9.4%)
 *   816 den-long-hoi-an-2          168/181 92.8%  wrong  4 (2.2%)     134/181 74.0%  wrong 14 (7.7%)
 *   817 giay-dep-dong-xa           140/180 77.8%  wrong  2 (1.1%)     124/180 68.9%  wrong 15 (8.3%)
 *   818 gom-men-bat-trang          167/185 90.3%  wrong  4 (2.2%)     146/185 78.9%  wrong 13 (7.0%)
 *   819 hai-san-ba-lang            168/180 93.3%  wrong  1 (0.6%)     128/180 71.1%  wrong 11 (6.1%)
 *   820 kho-ca-tam-nong            169/184 91.8%  wrong  7 (3.8%)     144/184 78.3%  wrong 15 (8.2%)
 *   821 lau-xom-dinh               151/184 82.1%  wrong  4 (2.2%)     118/184 64.1%  wrong  8 (4.3%)
 *   822 may-tre-phu-vinh-2         168/182 92.3%  wrong  1 (0.5%)     148/182 81.3%  wrong 14 (7.7%)
 *   823 muoi-tom-trang-bang        172/191 90.1%  wrong  2 (1.0%)     120/191 62.8%  wrong 11 (5.8%)
 *   824 quat-chang-son             172/180 95.6%  wrong  4 (2.2%)     131/180 72.8%  wrong 13 (7.2%)
 *   825 sung-my-nghe-dong-van      183/196 93.4%  wrong  1 (0.5%)     148/196 75.5%  wrong 14 (7.1%)
 *   826 tra-sen-quang-an           172/181 95.0%  wrong  6 (3.3%)     130/181 71.8%  wrong 30 (16.6%)
 *      sets 811-826             2698/2964 91.0% wrong 51 (1.7%)    2154/2964 72.7% wrong 241 (8.1%)
 *      (sets 811-826, first run at commit a2596a2, after five rules from the misses of sets 795-810 and the pool (an
 *       extra sold by the shot, a number before "size" in a name, the wholesale price asked "nếu lấy 20 cái", …); same
 *       run, the parser of commit c243052 (the round's start): the same; of commit eb8183a (the session's start):
 *       2697/2964 91.0%, wrong 52 (1.8%). Four writers named their sets as older sets are named; their files were
 *       renamed banh-da-ke-2, da-my-nghe-non-nuoc-2, den-long-hoi-an-2 and may-tre-phu-vinh-2 before the run, their
 *       content unchanged.)
 *   827 am-thuc-ban-lac            169/190 88.9%  wrong 13 (6.8%)     143/190 75.3%  wrong 32 (16.8%)
 *   828 ao-dai-hoc-sinh-tan-chau   136/180 75.6%  wrong 13 (7.2%)     124/180 68.9%  wrong 21 (11.7%)
 *   829 banh-que-tan-hoa           170/188 90.4%  wrong  4 (2.1%)     135/188 71.8%  wrong 23 (12.2%)
 *   830 cha-ca-hong-gai            177/190 93.2%  wrong  3 (1.6%)     142/190 74.7%  wrong 18 (9.5%)
 *   831 chao-be-lang-dong          167/180 92.8%  wrong  3 (1.7%)     135/180 75.0%  wrong 16 (8.9%)
 *   832 dep-nhua-dong-xuyen        165/183 90.2%  wrong  3 (1.6%)     136/183 74.3%  wrong 19 (10.4%)
 *   833 goi-cuon-trang-bang        160/180 88.9%  wrong  3 (1.7%)     116/180 64.4%  wrong 11 (6.1%)
 *   834 gom-sanh-phu-lang          164/185 88.6%  wrong  4 (2.2%)     141/185 76.2%  wrong  6 (3.2%)
 *   835 keo-xuan-hoa-2             184/199 92.5%  wrong  6 (3.0%)     137/199 68.8%  wrong 25 (12.6%)
 *   836 long-den-phu-binh          173/185 93.5%  wrong  5 (2.7%)     118/185 63.8%  wrong 52 (28.1%)
 *   837 mang-rung-ban-khe          176/189 93.1%  wrong  4 (2.1%)     162/189 85.7%  wrong 15 (7.9%)
 *   838 may-tre-phu-hoa            172/187 92.0%  wrong  1 (0.5%)     147/187 78.6%  wrong 13 (7.0%)
 *   839 pho-cuon-ngu-xa            187/200 93.5%  wrong  2 (1.0%)     134/200 67.0%  wrong 10 (5.0%)
 *   840 ren-xuan-lai               165/185 89.2%  wrong  1 (0.5%)     142/185 76.8%  wrong  9 (4.9%)
 *   841 tham-dong-hoa              162/180 90.0%  wrong  3 (1.7%)     144/180 80.0%  wrong 17 (9.4%)
 *   842 tranh-que-dong-son         166/187 88.8%  wrong  4 (2.1%)     146/187 78.1%  wrong 17 (9.1%)
 *      sets 827-842             2693/2988 90.1% wrong 72 (2.4%)    2202/2988 73.7% wrong 304 (10.2%)
 *      (sets 827-842, first run at commit 6a4a1fc, after five rules from the misses of sets 811-826 and the pool (a
 *       size said for goods listed without sizes, "ng" for "người", sizes in metres, …); same run, the parser of commit
 *       df88f0c (the round's start): 2692/2988 90.1%, wrong 71 (2.4%); of commit eb8183a (the session's start):
 *       2689/2988 90.0%, wrong 71 (2.4%). The candy set's writer named it "keo-xuan-hoa", as an older set is named;
 *       its files were renamed keo-xuan-hoa-2 before the run, their content unchanged.)
 *   843 banh-day-quan-ganh         172/189 91.0%  wrong  4 (2.1%)     134/189 70.9%  wrong 19 (10.1%)
 *   844 banh-khot-long-hai         159/180 88.3%  wrong  7 (3.9%)     139/180 77.2%  wrong 16 (8.9%)
 *   845 banh-trung-thu-an-thai     169/184 91.8%  wrong  5 (2.7%)     116/184 63.0%  wrong 17 (9.2%)
 *   846 coi-kim-son-2              160/180 88.9%  wrong  3 (1.7%)     137/180 76.1%  wrong 18 (10.0%)
 *   847 cua-oc-dong-lac            161/176 91.5%  wrong  2 (1.1%)     131/176 74.4%  wrong 22 (12.5%)
 *   848 dac-san-muong-lo           163/180 90.6%  wrong  6 (3.3%)     129/180 71.7%  wrong 10 (5.6%)
 *   849 den-tre-xuan-son           155/180 86.1%  wrong  3 (1.7%)     129/180 71.7%  wrong  7 (3.9%)
 *   850 giai-khat-tan-phu          167/186 89.8%  wrong  8 (4.3%)     129/186 69.4%  wrong 24 (12.9%)
 *   851 gom-tru-son                168/180 93.3%  wrong  1 (0.6%)     138/180 76.7%  wrong 18 (10.0%)
 *   852 mi-quang-phu-chiem-2       158/180 87.8%  wrong  3 (1.7%)     121/180 67.2%  wrong 25 (13.9%)
 *   853 moc-chang-son              162/178 91.0%  wrong  4 (2.2%)     133/178 74.7%  wrong 17 (9.6%)
 *   854 moc-kim-bong               155/175 88.6%  wrong  5 (2.9%)     123/175 70.3%  wrong 22 (12.6%)
 *   855 ren-da-sy                  170/182 93.4%  wrong  4 (2.2%)     157/182 86.3%  wrong 14 (7.7%)
 *   856 thu-phap-phong-khe         161/175 92.0%  wrong  3 (1.7%)     136/175 77.7%  wrong 11 (6.3%)
 *   857 tieu-chu-se                175/180 97.2%  wrong  1 (0.6%)     153/180 85.0%  wrong 11 (6.1%)
 *   858 tre-xanh-dong-lac          162/182 89.0%  wrong  0 (0.0%)     126/182 69.2%  wrong 13 (7.1%)
 *      sets 843-858             2617/2887 90.6% wrong 59 (2.0%)    2131/2887 73.8% wrong 264 (9.1%)
 *      (sets 843-858, first run at commit 872d877, the session's final parser but for one fix after it ("thay" ends a
 *       phrase only closing the clause, e7c51cd, which reads these sets 2617/2887 with 58 confident errors), after six
 *       rules from the misses of
 *       sets 827-842 and the pool ("mỗi loại thêm 1 hũ nữa", "thay", a change's nearest size, …) and a review that
 *       moved code without changing a reading; same run, the parser of commit 99b4624 (the round's start): 2616/2887
 *       90.6%, wrong 59 (2.0%); of commit eb8183a (the session's start): 2605/2887 90.2%, wrong 59 (2.0%). One writer
 *       named both sets as older sets are named; their files were renamed coi-kim-son-2 and mi-quang-phu-chiem-2
 *       before the run, their content unchanged.)
 *   859 banh-trang-tinh-ha         175/188 93.1%  wrong  5 (2.7%)     142/188 75.5%  wrong 12 (6.4%)
 *   860 banh-uot-an-thanh          163/179 91.1%  wrong  4 (2.2%)     95/179 53.1%  wrong 37 (20.7%)
 *   861 bat-nhua-dong-mai          160/175 91.4%  wrong  3 (1.7%)     118/175 67.4%  wrong 10 (5.7%)
 *   862 bu-long-te-lo              159/178 89.3%  wrong  4 (2.2%)     136/178 76.4%  wrong 17 (9.6%)
 *   863 dau-dua-mo-cay             176/188 93.6%  wrong  2 (1.1%)     149/188 79.3%  wrong 20 (10.6%)
 *   864 day-thung-xuan-lai         153/178 86.0%  wrong  7 (3.9%)     89/178 50.0%  wrong 15 (8.4%)
 *   865 do-may-xuan-lai            168/184 91.3%  wrong  3 (1.6%)     136/184 73.9%  wrong 12 (6.5%)
 *   866 dung-cu-son-dong-cao       175/195 89.7%  wrong  5 (2.6%)     131/195 67.2%  wrong 25 (12.8%)
 *   867 gui-may-buon-don           180/191 94.2%  wrong  1 (0.5%)     146/191 76.4%  wrong 20 (10.5%)
 *   868 khung-tranh-son-dong       159/172 92.4%  wrong  4 (2.3%)     142/172 82.6%  wrong  9 (5.2%)
 *   869 lua-ma-chau                157/171 91.8%  wrong  1 (0.6%)     134/171 78.4%  wrong  9 (5.3%)
 *   870 luoi-tan-phu               148/181 81.8%  wrong  2 (1.1%)     97/181 53.6%  wrong  5 (2.8%)
 *   871 mach-nha-thi-pho           169/183 92.3%  wrong  5 (2.7%)     126/183 68.9%  wrong 21 (11.5%)
 *   872 mai-vang-phuoc-loc         161/177 91.0%  wrong  2 (1.1%)     130/177 73.4%  wrong 12 (6.8%)
 *   873 nuoc-sam-cho-con           148/176 84.1%  wrong  9 (5.1%)     109/176 61.9%  wrong 16 (9.1%)
 *   874 tom-kho-rach-goc           178/192 92.7%  wrong  1 (0.5%)     151/192 78.6%  wrong 14 (7.3%)
 *      sets 859-874             2629/2908 90.4% wrong 58 (2.0%)    2031/2908 69.8% wrong 254 (8.7%)
 *      (sets 859-874, first run at commit 7fbcfdb, after two rules from the pool's misses (a size written with
 *       spaces in metres, "1m6 x 2m"; a measure before a count, "1 lít x2"); same run, the parser of commit 339273b
 *       (the session's start and the round's): 2627/2908 90.3%, wrong 59 (2.0%).)
 *   875 ao-thun-la-phu             162/186 87.1%  wrong  2 (1.1%)     142/186 76.3%  wrong 11 (5.9%)
 *   876 banh-cuon-thanh-tri-3      166/180 92.2%  wrong  5 (2.8%)     108/180 60.0%  wrong 30 (16.7%)
 *   877 banh-hue-vy-da             176/186 94.6%  wrong  3 (1.6%)     148/186 79.6%  wrong 10 (5.4%)
 *   878 ca-phe-cau-dat             165/180 91.7%  wrong  0 (0.0%)     155/180 86.1%  wrong 11 (6.1%)
 *   879 co-khi-phung-xa            156/172 90.7%  wrong  3 (1.7%)     121/172 70.3%  wrong  9 (5.2%)
 *   880 co-khi-thanh-thuy-2        163/180 90.6%  wrong  5 (2.8%)     127/180 70.6%  wrong 20 (11.1%)
 *   881 dien-dan-dung-dong-anh     152/174 87.4%  wrong  5 (2.9%)     98/174 56.3%  wrong 19 (10.9%)
 *   882 do-tho-bat-trang           184/196 93.9%  wrong  4 (2.0%)     170/196 86.7%  wrong 11 (5.6%)
 *   883 gia-phoi-inox-da-hoi       172/187 92.0%  wrong  2 (1.1%)     102/187 54.5%  wrong 46 (24.6%)
 *   884 hai-san-kho-phan-thiet     180/191 94.2%  wrong  2 (1.0%)     143/191 74.9%  wrong  9 (4.7%)
 *   885 may-tre-phu-vinh-3         186/196 94.9%  wrong  4 (2.0%)     157/196 80.1%  wrong 12 (6.1%)
 *   886 nhan-long-pho-hien         163/176 92.6%  wrong  4 (2.3%)     133/176 75.6%  wrong 13 (7.4%)
 *   887 noi-chao-man-xa            170/181 93.9%  wrong  4 (2.2%)     145/181 80.1%  wrong 15 (8.3%)
 *   888 nuoc-mam-ham-ninh          155/193 80.3%  wrong  2 (1.0%)     137/193 71.0%  wrong 10 (5.2%)
 *   889 tham-len-dong-hoa          155/180 86.1%  wrong  2 (1.1%)     128/180 71.1%  wrong 18 (10.0%)
 *   890 tinh-dau-huong-khe         171/181 94.5%  wrong  0 (0.0%)     138/181 76.2%  wrong 13 (7.2%)
 *      sets 875-890             2676/2939 91.1% wrong 47 (1.6%)    2152/2939 73.2% wrong 257 (8.7%)
 *      (sets 875-890, first run at commit 64ef77a, after five rules from the misses of sets 859-874 and the pool (a
 *       price said names the sibling, "khổ" is a width, inches written short, "gui" for "gùi", …); same run, the parser
 *       of commit 7fbcfdb (the round's start): 2674/2939 91.0%, wrong 47 (1.6%); of commit 339273b (the session's
 *       start): 2673/2939 90.9%, wrong 47 (1.6%). Three sets reused an older set's name; their files were renamed
 *       co-khi-thanh-thuy-2, may-tre-phu-vinh-3 and banh-cuon-thanh-tri-3 before the run, their content unchanged.)
 *   891 am-chen-bat-trang          160/178 89.9%  wrong  7 (3.9%)     144/178 80.9%  wrong  6 (3.4%)
 *   892 banh-cay-lang-nguyen-2     174/183 95.1%  wrong  4 (2.2%)     142/183 77.6%  wrong 13 (7.1%)
 *   893 banh-pia-vung-thom         157/178 88.2%  wrong  2 (1.1%)     110/178 61.8%  wrong 18 (10.1%)
 *   894 bun-van-cu                 169/190 88.9%  wrong  8 (4.2%)     114/190 60.0%  wrong 43 (22.6%)
 *   895 dan-tre-phu-vinh           157/170 92.4%  wrong  0 (0.0%)     142/170 83.5%  wrong 11 (6.5%)
 *   896 den-dien-binh-minh         167/180 92.8%  wrong  3 (1.7%)     111/180 61.7%  wrong 12 (6.7%)
 *   897 dua-phuoc-hiep             169/188 89.9%  wrong  8 (4.3%)     145/188 77.1%  wrong 17 (9.0%)
 *   898 gac-bep-muong-lo           162/180 90.0%  wrong  5 (2.8%)     128/180 71.1%  wrong 11 (6.1%)
 *   899 gao-que-my-xuyen           162/178 91.0%  wrong  2 (1.1%)     135/178 75.8%  wrong 12 (6.7%)
 *   900 giay-dep-cao-su-dai-dong   138/176 78.4%  wrong  2 (1.1%)     112/176 63.6%  wrong 11 (6.2%)
 *   901 khan-bong-phuong-la        161/185 87.0%  wrong  7 (3.8%)     126/185 68.1%  wrong 28 (15.1%)
 *   902 mam-phu-thuan              148/175 84.6%  wrong  5 (2.9%)     130/175 74.3%  wrong 19 (10.9%)
 *   903 mat-ong-rung-tan-son       167/182 91.8%  wrong  5 (2.7%)     156/182 85.7%  wrong 12 (6.6%)
 *   904 rem-cua-tan-lap            163/182 89.6%  wrong  3 (1.6%)     140/182 76.9%  wrong 17 (9.3%)
 *   905 van-ep-tan-uyen            136/177 76.8%  wrong 11 (6.2%)     110/177 62.1%  wrong 16 (9.0%)
 *   906 vat-tu-nuoc-dong-xa        172/180 95.6%  wrong  1 (0.6%)     126/180 70.0%  wrong 22 (12.2%)
 *      sets 891-906             2562/2882 88.9% wrong 73 (2.5%)    2071/2882 71.9% wrong 268 (9.3%)
 *      (sets 891-906, first run at commit 1ed9fac, after seven rules from the misses of sets 875-890 and the pool
 *       ("cafe" for "cà phê", a size then "lấy" and the amount, "ta" as a hundredweight, "mỗi loại" before the goods,
 *       containers of a measure, …); same run, the parser of commit 64ef77a (the round's start): 2561/2882 88.9%, wrong
 *       73 (2.5%); of commit 339273b (the session's start): 2558/2882 88.8%, wrong 73 (2.5%). One set reused an older
 *       set's name; its files were renamed banh-cay-lang-nguyen-2 before the run, their content unchanged.)
 *   907 banh-cuoi-dinh-bang        156/180 86.7%  wrong  8 (4.4%)     124/180 68.9%  wrong 25 (13.9%)
 *   908 banh-trang-trang-loc       153/173 88.4%  wrong  5 (2.9%)     128/173 74.0%  wrong 11 (6.4%)
 *   909 bao-bi-tan-hoa             165/182 90.7%  wrong  3 (1.6%)     136/182 74.7%  wrong 12 (6.6%)
 *   910 bong-gon-tan-chau          170/190 89.5%  wrong  3 (1.6%)     141/190 74.2%  wrong 10 (5.3%)
 *   911 cha-gio-tan-lap            169/186 90.9%  wrong  1 (0.5%)     125/186 67.2%  wrong  8 (4.3%)
 *   912 coi-kim-son-3              160/176 90.9%  wrong  2 (1.1%)     143/176 81.2%  wrong  9 (5.1%)
 *   913 den-long-xuan-my           146/167 87.4%  wrong  7 (4.2%)     108/167 64.7%  wrong 22 (13.2%)
 *   914 dong-dai-bai-2             173/190 91.1%  wrong  5 (2.6%)     142/190 74.7%  wrong 24 (12.6%)
 *   915 hai-san-kho-cua-lo         173/182 95.1%  wrong  2 (1.1%)     148/182 81.3%  wrong 11 (6.0%)
 *   916 hu-tieu-sa-dec             179/192 93.2%  wrong  1 (0.5%)     161/192 83.9%  wrong  8 (4.2%)
 *   917 moc-van-ha                 171/182 94.0%  wrong  2 (1.1%)     157/182 86.3%  wrong  6 (3.3%)
 *   918 nhua-gia-dung-minh-khai    166/176 94.3%  wrong  3 (1.7%)     136/176 77.3%  wrong 19 (10.8%)
 *   919 ren-xuan-lai-2             171/181 94.5%  wrong  2 (1.1%)     160/181 88.4%  wrong 10 (5.5%)
 *   920 ruou-phu-loc               168/185 90.8%  wrong  4 (2.2%)     140/185 75.7%  wrong  5 (2.7%)
 *   921 tinh-bot-duong-lieu        171/180 95.0%  wrong  2 (1.1%)     141/180 78.3%  wrong  5 (2.8%)
 *   922 tra-quang-an               178/196 90.8%  wrong  4 (2.0%)     145/196 74.0%  wrong 34 (17.3%)
 *      sets 907-922             2669/2918 91.5% wrong 54 (1.9%)    2235/2918 76.6% wrong 219 (7.5%)
 *      (sets 907-922, first run at commit 6fcc8eb, after nine rules from the misses of sets 891-906 and the pool
 *       (sizes in a named range, "như cũ" after a past purchase, the unit right after the count, "o 6 lo", …); same run,
 *       the parser of commit 1ed9fac (the round's start): 2668/2918 91.4%, wrong 53 (1.8%); of commit 339273b (the
 *       session's start): 2656/2918 91.0%, wrong 53 (1.8%). Three sets reused an older set's name; their files were
 *       renamed coi-kim-son-3, ren-xuan-lai-2 and dong-dai-bai-2 before the run, their content unchanged.)
 *   923 banh-keo-gia-loc           164/193 85.0%  wrong  2 (1.0%)     136/193 70.5%  wrong 13 (6.7%)
 *   924 bao-bi-minh-khai           171/184 92.9%  wrong  3 (1.6%)     147/184 79.9%  wrong 16 (8.7%)
 *   925 che-xom-dinh               171/198 86.4%  wrong 10 (5.1%)     108/198 54.5%  wrong 17 (8.6%)
 *   926 choi-rom-an-phu            166/178 93.3%  wrong  1 (0.6%)     155/178 87.1%  wrong  9 (5.1%)
 *   927 cua-oc-vinh-thanh          188/199 94.5%  wrong  1 (0.5%)     148/199 74.4%  wrong 12 (6.0%)
 *   928 gom-bat-trang-2            174/180 96.7%  wrong  2 (1.1%)     148/180 82.2%  wrong  7 (3.9%)
 *   929 hat-dieu-dong-xoai         163/175 93.1%  wrong  1 (0.6%)     132/175 75.4%  wrong 10 (5.7%)
 *   930 kinh-guong-phu-xa          159/189 84.1%  wrong  4 (2.1%)     128/189 67.7%  wrong 10 (5.3%)
 *   931 lam-san-na-hang            175/184 95.1%  wrong  1 (0.5%)     141/184 76.6%  wrong 11 (6.0%)
 *   932 quay-that-khe              172/183 94.0%  wrong  3 (1.6%)     129/183 70.5%  wrong 10 (5.5%)
 *   933 son-thanh-tri              156/172 90.7%  wrong  3 (1.7%)     125/172 72.7%  wrong  6 (3.5%)
 *   934 tuong-ban-yen-nhan         174/188 92.6%  wrong  3 (1.6%)     146/188 77.7%  wrong  8 (4.3%)
 *   935 van-phong-pham-tan-lap     170/189 89.9%  wrong  7 (3.7%)     134/189 70.9%  wrong 16 (8.5%)
 *   936 vat-tu-nuoc-phu-lam        180/198 90.9%  wrong  4 (2.0%)     140/198 70.7%  wrong 20 (10.1%)
 *   937 xe-dap-xuan-phuong         155/187 82.9%  wrong  7 (3.7%)     119/187 63.6%  wrong 19 (10.2%)
 *   938 xoi-banh-phu-thuong        181/198 91.4%  wrong  5 (2.5%)     139/198 70.2%  wrong 18 (9.1%)
 *      sets 923-938             2719/2995 90.8% wrong 57 (1.9%)    2175/2995 72.6% wrong 202 (6.7%)
 *      (sets 923-938, first run at commit 3f4a07a, after six rules from the misses of sets 907-922 and the pool ("ít",
 *       a little, asks how many; the pieces a pack holds said with the goods; a measure led by its word after a line;
 *       "as before" going to the goods named most fully, …); same run, the parser of commit 6fcc8eb (the round's
 *       start): 2710/2995 90.5%, wrong 57 (1.9%); of commit 339273b (the session's start): 2703/2995 90.3%, wrong 57
 *       (1.9%). One set reused an older set's name; its files were renamed gom-bat-trang-2 before the run, their content
 *       unchanged.)
 *   939 banh-mi-que-an-duong       160/180 88.9%  wrong  6 (3.3%)     127/180 70.6%  wrong 16 (8.9%)
 *   940 bao-ho-dong-tho            172/179 96.1%  wrong  0 (0.0%)     144/179 80.4%  wrong 16 (8.9%)
 *   941 bun-pho-mien-phu-do        175/188 93.1%  wrong  0 (0.0%)     151/188 80.3%  wrong  8 (4.3%)
 *   942 che-tan-cuong              171/184 92.9%  wrong  2 (1.1%)     146/184 79.3%  wrong 19 (10.3%)
 *   943 dao-keo-da-sy              172/185 93.0%  wrong  4 (2.2%)     151/185 81.6%  wrong 25 (13.5%)
 *   944 den-nang-luong-phu-nghia   154/176 87.5%  wrong  4 (2.3%)     91/176 51.7%  wrong  8 (4.5%)
 *   945 dien-gia-dung-an-phu       154/171 90.1%  wrong  3 (1.8%)     103/171 60.2%  wrong 10 (5.8%)
 *   946 gia-cam-xuan-lai           175/193 90.7%  wrong  5 (2.6%)     150/193 77.7%  wrong 18 (9.3%)
 *   947 hoa-kieng-cai-mon          175/180 97.2%  wrong  1 (0.6%)     144/180 80.0%  wrong  8 (4.4%)
 *   948 keo-que-thanh-giang        171/185 92.4%  wrong  0 (0.0%)     141/185 76.2%  wrong  5 (2.7%)
 *   949 kho-phuoc-hai              174/180 96.7%  wrong  3 (1.7%)     133/180 73.9%  wrong 10 (5.6%)
 *   950 mam-tep-ha-yen             169/182 92.9%  wrong  4 (2.2%)     150/182 82.4%  wrong 13 (7.1%)
 *   951 nhua-minh-khai             169/180 93.9%  wrong  0 (0.0%)     141/180 78.3%  wrong 12 (6.7%)
 *   952 rau-sach-van-noi           164/174 94.3%  wrong  1 (0.6%)     143/174 82.2%  wrong  6 (3.4%)
 *   953 tranh-theu-quat-dong       155/185 83.8%  wrong  8 (4.3%)     134/185 72.4%  wrong 17 (9.2%)
 *   954 tui-vai-xom-moi            159/192 82.8%  wrong 11 (5.7%)     135/192 70.3%  wrong 17 (8.9%)
 *      sets 939-954             2669/2914 91.6% wrong 52 (1.8%)    2184/2914 74.9% wrong 208 (7.1%)
 *      (sets 939-954, first run at commit 8068695, after six rules from the misses of sets 923-938 and the pool (a
 *       decimal area "2.4m2", an elided item of a measure written apart, "moc nhi loai 1", "a khong" before a change,
 *       …); same run, the parser of commit 3f4a07a (the round's start): 2669/2914 91.6%, wrong 52 (1.8%), the same; of
 *       commit 339273b (the session's start): 2654/2914 91.1%, wrong 52 (1.8%).)
 *   955 banh-chung-tranh-khuc-2    163/185 88.1%  wrong  5 (2.7%)     120/185 64.9%  wrong 11 (5.9%)
 *   956 com-lang-vong              165/180 91.7%  wrong  7 (3.9%)     131/180 72.8%  wrong 22 (12.2%)
 *   957 do-go-kim-bong-2           182/194 93.8%  wrong  4 (2.1%)     140/194 72.2%  wrong 20 (10.3%)
 *   958 hai-san-canh-duong         187/192 97.4%  wrong  1 (0.5%)     139/192 72.4%  wrong 15 (7.8%)
 *   959 mu-ao-mua-xom-chua         164/175 93.7%  wrong  1 (0.6%)     125/175 71.4%  wrong 11 (6.3%)
 *   960 thep-da-hoi                177/184 96.2%  wrong  0 (0.0%)     125/184 67.9%  wrong 18 (9.8%)
 *   961 tra-sua-tan-cuong          151/180 83.9%  wrong  7 (3.9%)     119/180 66.1%  wrong 38 (21.1%)
 *   962 xa-phong-mai-xa            165/178 92.7%  wrong  2 (1.1%)     133/178 74.7%  wrong 19 (10.7%)
 *      sets 955-962             1354/1468 92.2% wrong 27 (1.8%)    1032/1468 70.3% wrong 154 (10.5%)
 *      (sets 955-962, first run at commit 2b3292c, the session's final parser, after two rules from the misses of sets
 *       939-954 (a size in metres and centimetres, "1m2x60cm"; "a khong" before a change); same run, the parser of
 *       commit 8068695 (the round's start): 1354/1468 92.2%, wrong 27 (1.8%), the same; of commit 339273b (the session's
 *       start): 1340/1468 91.3%, wrong 30 (2.0%). Two sets reused an older set's name; their files were renamed
 *       do-go-kim-bong-2 and banh-chung-tranh-khuc-2 before the run, their content unchanged.)
 *   963 banh-trang-trang-bang-3    179/192 93.2%  wrong  5 (2.6%)     152/192 79.2%  wrong 18 (9.4%)
 *   964 banh-trung-thu-tan-lap     172/185 93.0%  wrong  1 (0.5%)     128/185 69.2%  wrong 17 (9.2%)
 *   965 ca-phe-ea-tu               176/187 94.1%  wrong  3 (1.6%)     148/187 79.1%  wrong 16 (8.6%)
 *   966 chieu-coi-nga-son-2        158/183 86.3%  wrong  5 (2.7%)     150/183 82.0%  wrong 12 (6.6%)
 *   967 den-long-hoi-an-3          160/172 93.0%  wrong  2 (1.2%)     128/172 74.4%  wrong 14 (8.1%)
 *   968 det-khan-thai-phuong       187/195 95.9%  wrong  2 (1.0%)     153/195 78.5%  wrong 18 (9.2%)
 *   969 dung-cu-vuon-da-sy         187/196 95.4%  wrong  1 (0.5%)     172/196 87.8%  wrong  4 (2.0%)
 *   970 gao-que-hiep-son           161/170 94.7%  wrong  2 (1.2%)     119/170 70.0%  wrong 15 (8.8%)
 *   971 giay-da-phu-yen-2          160/176 90.9%  wrong  0 (0.0%)     144/176 81.8%  wrong 11 (6.2%)
 *   972 gio-cha-uoc-le-3           167/178 93.8%  wrong  4 (2.2%)     143/178 80.3%  wrong  8 (4.5%)
 *   973 hai-san-kho-tam-tien       179/191 93.7%  wrong  4 (2.1%)     149/191 78.0%  wrong 21 (11.0%)
 *   974 mat-ong-suoi-ngang         169/184 91.8%  wrong  3 (1.6%)     139/184 75.5%  wrong 12 (6.5%)
 *   975 may-tre-phu-vinh-4         173/185 93.5%  wrong  2 (1.1%)     156/185 84.3%  wrong 11 (5.9%)
 *   976 nhom-man-xa-2              156/170 91.8%  wrong  1 (0.6%)     117/170 68.8%  wrong 11 (6.5%)
 *   977 ruou-ban-pho               146/175 83.4%  wrong  7 (4.0%)     96/175 54.9%  wrong 19 (10.9%)
 *   978 tuong-my-nghe-dong-son     168/185 90.8%  wrong  7 (3.8%)     156/185 84.3%  wrong 15 (8.1%)
 *      sets 963-978             2698/2924 92.3% wrong 49 (1.7%)    2250/2924 76.9% wrong 222 (7.6%)
 *      (sets 963-978, first run at commit d5ff7a3, the session's start, before any tuning on them. Seven sets reused
 *       an older set's name; their files were renamed (giay-da-phu-yen-2, gio-cha-uoc-le-3, chieu-coi-nga-son-2,
 *       den-long-hoi-an-3, banh-trang-trang-bang-3, nhom-man-xa-2, may-tre-phu-vinh-4) before the run, their content
 *       unchanged.)
 *   979 bac-dong-xam               156/186 83.9%  wrong  9 (4.8%)     135/186 72.6%  wrong 26 (14.0%)
 *   980 banh-da-tho-ha             177/190 93.2%  wrong  3 (1.6%)     129/190 67.9%  wrong 18 (9.5%)
 *   981 bo-sua-phu-dong            162/180 90.0%  wrong  4 (2.2%)     136/180 75.6%  wrong 19 (10.6%)
 *   982 bun-cha-dong-ngac          157/180 87.2%  wrong  4 (2.2%)     116/180 64.4%  wrong 13 (7.2%)
 *   983 den-gom-bat-trang          166/180 92.2%  wrong  4 (2.2%)     126/180 70.0%  wrong 13 (7.2%)
 *   984 dien-dan-dung-thanh-oai    155/183 84.7%  wrong  2 (1.1%)     95/183 51.9%  wrong 10 (5.5%)
 *   985 ga-dong-tao-khoai-chau     184/198 92.9%  wrong  6 (3.0%)     144/198 72.7%  wrong 26 (13.1%)
 *   986 go-my-nghe-dong-ky         161/175 92.0%  wrong  4 (2.3%)     139/175 79.4%  wrong  8 (4.6%)
 *   987 mut-phu-thuong             170/173 98.3%  wrong  0 (0.0%)     143/173 82.7%  wrong 12 (6.9%)
 *   988 non-la-lang-chuong-2       158/170 92.9%  wrong  2 (1.2%)     148/170 87.1%  wrong 10 (5.9%)
 *   989 o-du-phu-gia               158/180 87.8%  wrong  2 (1.1%)     131/180 72.8%  wrong 13 (7.2%)
 *   990 quat-chang-son-2           180/190 94.7%  wrong  2 (1.1%)     152/190 80.0%  wrong 17 (8.9%)
 *   991 san-day-quang-hung         168/180 93.3%  wrong  5 (2.8%)     134/180 74.4%  wrong 13 (7.2%)
 *   992 son-mai-ha-thai-2          170/191 89.0%  wrong  6 (3.1%)     134/191 70.2%  wrong 20 (10.5%)
 *   993 tinh-dau-huong-tra         178/190 93.7%  wrong  3 (1.6%)     142/190 74.7%  wrong 11 (5.8%)
 *   994 trung-vit-phu-thu          174/184 94.6%  wrong  2 (1.1%)     141/184 76.6%  wrong 13 (7.1%)
 *      sets 979-994             2674/2930 91.3% wrong 58 (2.0%)    2145/2930 73.2% wrong 242 (8.3%)
 *      (sets 979-994, first run at commit 22ab47b, after four rules from the misses of sets 963-978 and the pool (a
 *       counted can of a measure after an item, containers of goods sold by the metre, "goi" before goods, a past
 *       purchase's counted amount); same run, the parser of commit d5ff7a3 (the round's and the session's start):
 *       2674/2930 91.3%, wrong 58 (2.0%), the same. Three sets reused an older set's name; their files were renamed
 *       quat-chang-son-2, non-la-lang-chuong-2 and son-mai-ha-thai-2 before the run, their content unchanged.)
 *   995 banh-lang-dong-cao         169/188 89.9%  wrong  2 (1.1%)     116/188 61.7%  wrong 16 (8.5%)
 *   996 chan-ga-nam-cao            148/176 84.1%  wrong  3 (1.7%)     142/176 80.7%  wrong 12 (6.8%)
 *   997 che-tan-cuong-2            177/187 94.7%  wrong  1 (0.5%)     159/187 85.0%  wrong 10 (5.3%)
 *   998 dau-phu-lang-mo-2          170/180 94.4%  wrong  0 (0.0%)     150/180 83.3%  wrong  9 (5.0%)
 *   999 det-tham-phu-xuan          166/180 92.2%  wrong  2 (1.1%)     152/180 84.4%  wrong 12 (6.7%)
 *  1000 gach-men-bat-trang         164/178 92.1%  wrong  2 (1.1%)     130/178 73.0%  wrong 17 (9.6%)
 *  1001 giong-cay-phu-dong         168/180 93.3%  wrong  3 (1.7%)     135/180 75.0%  wrong 23 (12.8%)
 *  1002 hai-san-nhon-ly            175/184 95.1%  wrong  1 (0.5%)     148/184 80.4%  wrong 11 (6.0%)
 *  1003 keo-dua-mo-cay             167/180 92.8%  wrong  2 (1.1%)     138/180 76.7%  wrong 16 (8.9%)
 *  1004 kim-khi-thanh-thuy         156/176 88.6%  wrong  8 (4.5%)     124/176 70.5%  wrong 17 (9.7%)
 *  1005 lap-xuong-can-duoc         182/191 95.3%  wrong  0 (0.0%)     161/191 84.3%  wrong 10 (5.2%)
 *  1006 nuoc-ep-cai-be             159/176 90.3%  wrong  2 (1.1%)     110/176 62.5%  wrong 25 (14.2%)
 *  1007 qua-tang-bat-trang         155/172 90.1%  wrong  4 (2.3%)     127/172 73.8%  wrong 11 (6.4%)
 *  1008 tho-cam-ban-lac            176/181 97.2%  wrong  0 (0.0%)     160/181 88.4%  wrong 10 (5.5%)
 *  1009 tram-huong-phuc-trach      148/174 85.1%  wrong 11 (6.3%)     102/174 58.6%  wrong 10 (5.7%)
 *  1010 tre-go-thach-xa            155/179 86.6%  wrong  5 (2.8%)     133/179 74.3%  wrong  6 (3.4%)
 *      sets 995-1010            2635/2882 91.4% wrong 46 (1.6%)    2187/2882 75.9% wrong 215 (7.5%)
 *      (sets 995-1010, first run at commit 512397b, after four rules from the misses of sets 979-994 and the pool
 *       (goods a correction put in, restated; a set's contents after its name and a colon; words naming no goods after a
 *       count and its classifier; a counted container after an item not in a clause of more); same run, the parser of
 *       commit 22ab47b (the round's start): 2634/2882 91.4%, wrong 47 (1.6%); of commit d5ff7a3 (the session's start):
 *       2632/2882 91.3%, wrong 48 (1.7%). Two sets reused an older set's name; their files were renamed che-tan-cuong-2
 *       and dau-phu-lang-mo-2 before the run, their content unchanged.)
 *  1011 banh-mi-xom-cau            159/175 90.9%  wrong  5 (2.9%)     127/175 72.6%  wrong 18 (10.3%)
 *  1012 banh-xeo-long-hai          170/186 91.4%  wrong  8 (4.3%)     136/186 73.1%  wrong 16 (8.6%)
 *  1013 bun-mien-yen-ninh          181/186 97.3%  wrong  1 (0.5%)     157/186 84.4%  wrong 12 (6.5%)
 *  1014 dau-ep-xuan-lam            171/180 95.0%  wrong  4 (2.2%)     135/180 75.0%  wrong 22 (12.2%)
 *  1015 do-cau-bai-ngang           176/188 93.6%  wrong  3 (1.6%)     132/188 70.2%  wrong 15 (8.0%)
 *  1016 do-choi-go-xom-trai        153/172 89.0%  wrong  3 (1.7%)     132/172 76.7%  wrong 10 (5.8%)
 *  1017 do-da-an-thuong            159/189 84.1%  wrong  7 (3.7%)     128/189 67.7%  wrong 16 (8.5%)
 *  1018 do-nhua-minh-khai          165/182 90.7%  wrong  4 (2.2%)     135/182 74.2%  wrong 22 (12.1%)
 *  1019 hai-san-van-don            166/180 92.2%  wrong  5 (2.8%)     123/180 68.3%  wrong 21 (11.7%)
 *  1020 huong-nhang-cao-thon       176/184 95.7%  wrong  0 (0.0%)     138/184 75.0%  wrong 11 (6.0%)
 *  1021 ke-sat-go-phung-xa         159/180 88.3%  wrong  1 (0.6%)     114/180 63.3%  wrong  8 (4.4%)
 *  1022 nam-sach-tan-hoi           175/188 93.1%  wrong  3 (1.6%)     157/188 83.5%  wrong 17 (9.0%)
 *  1023 sen-tinh-tam               169/185 91.4%  wrong  3 (1.6%)     137/185 74.1%  wrong 22 (11.9%)
 *  1024 thuy-san-con-hen           172/184 93.5%  wrong  6 (3.3%)     144/184 78.3%  wrong 23 (12.5%)
 *  1025 tranh-dong-yen             162/178 91.0%  wrong  3 (1.7%)     138/178 77.5%  wrong 13 (7.3%)
 *  1026 vat-tu-y-te-an-khanh       174/188 92.6%  wrong  4 (2.1%)     126/188 67.0%  wrong 22 (11.7%)
 *      sets 1011-1026           2687/2925 91.9% wrong 60 (2.1%)    2159/2925 73.8% wrong 268 (9.2%)
 *      (sets 1011-1026, first run at commit 67053b8, after two rules from the misses of sets 995-1010 and the pool
 *       (a count of a word a candidate's name carries exactly, "vòng tốc sánh 6 ly"; after a correction, an amount in
 *       the measure the line is sold by); same run, the parser of commit 512397b (the round's start): 2686/2925 91.8%,
 *       wrong 61 (2.1%); of commit d5ff7a3 (the session's start): 2684/2925 91.8%, wrong 61 (2.1%).)
 *  1027 ban-ghe-lien-ha            157/170 92.4%  wrong  2 (1.2%)     136/170 80.0%  wrong 17 (10.0%)
 *  1028 banh-pia-phu-tam           175/186 94.1%  wrong  3 (1.6%)     121/186 65.1%  wrong 12 (6.5%)
 *  1029 ca-kho-phuoc-tinh          169/180 93.9%  wrong  3 (1.7%)     133/180 73.9%  wrong 13 (7.2%)
 *  1030 ca-phe-muoi-kim-long       172/185 93.0%  wrong  3 (1.6%)     131/185 70.8%  wrong 24 (13.0%)
 *  1031 che-lam-thach-xa           170/183 92.9%  wrong  3 (1.6%)     124/183 67.8%  wrong 13 (7.1%)
 *  1032 coi-kim-son-4              165/180 91.7%  wrong  4 (2.2%)     138/180 76.7%  wrong 11 (6.1%)
 *  1033 day-luoi-hai-hau           168/194 86.6%  wrong  5 (2.6%)     136/194 70.1%  wrong 21 (10.8%)
 *  1034 den-led-phu-minh           176/181 97.2%  wrong  1 (0.6%)     100/181 55.2%  wrong  4 (2.2%)
 *  1035 ga-nuong-hoa-phuoc         177/199 88.9%  wrong 10 (5.0%)     153/199 76.9%  wrong 31 (15.6%)
 *  1036 gac-bep-muong-thanh        178/189 94.2%  wrong  2 (1.1%)     151/189 79.9%  wrong  4 (2.1%)
 *  1037 goi-rem-la-phu             161/180 89.4%  wrong  5 (2.8%)     133/180 73.9%  wrong 20 (11.1%)
 *  1038 gom-bau-truc-2             163/178 91.6%  wrong  3 (1.7%)     127/178 71.3%  wrong 19 (10.7%)
 *  1039 lua-ma-chau-2              161/180 89.4%  wrong  2 (1.1%)     142/180 78.9%  wrong 18 (10.0%)
 *  1040 mam-kho-chau-doc           174/185 94.1%  wrong  3 (1.6%)     132/185 71.4%  wrong 17 (9.2%)
 *  1041 tieu-ot-cam-lo             154/170 90.6%  wrong  3 (1.8%)     134/170 78.8%  wrong 13 (7.6%)
 *  1042 vat-tu-moc-la-xuyen        174/182 95.6%  wrong  2 (1.1%)     151/182 83.0%  wrong  8 (4.4%)
 *      sets 1027-1042           2694/2922 92.2% wrong 54 (1.8%)    2142/2922 73.3% wrong 245 (8.4%)
 *      (sets 1027-1042, first run at commit 216fe0d, the session's parser after eight more rules from the misses of
 *       sets 1011-1026 and the pool (a colour alone with its amount in a list, a word said again in a pair, "mỗi số", a
 *       bare "to"/"nhỏ" between two siblings, "vẫn 2 cái", a request for advice, …); same run, the parser of commit
 *       67053b8 (the round's start) and of d5ff7a3 (the session's start): 2685/2922 91.9%, wrong 53 (1.8%). The one fix
 *       after this run (a lot of a thousand bricks, attributes.ts) reads these sets the same. Three sets reused an older
 *       set's name; their files were renamed coi-kim-son-4, gom-bau-truc-2 and lua-ma-chau-2 before the run, their
 *       content unchanged.)
 *  1043 banh-que-phu-hoa           166/180 92.2%  wrong  4 (2.2%)     122/180 67.8%  wrong 30 (16.7%)
 *  1044 bao-bi-minh-khai-2         176/193 91.2%  wrong  8 (4.1%)     140/193 72.5%  wrong 25 (13.0%)
 *  1045 bun-bo-kim-long-2          154/180 85.6%  wrong  8 (4.4%)     120/180 66.7%  wrong 11 (6.1%)
 *  1046 cay-canh-thanh-ha          172/180 95.6%  wrong  4 (2.2%)     144/180 80.0%  wrong 12 (6.7%)
 *  1047 cha-gio-tan-phu            180/194 92.8%  wrong  4 (2.1%)     137/194 70.6%  wrong 12 (6.2%)
 *  1048 dep-nhua-xuan-dinh         169/186 90.9%  wrong  2 (1.1%)     134/186 72.0%  wrong 20 (10.8%)
 *  1049 do-tho-son-dong-2          177/190 93.2%  wrong  4 (2.1%)     149/190 78.4%  wrong 14 (7.4%)
 *  1050 duong-que-tinh-phong       171/190 90.0%  wrong  5 (2.6%)     137/190 72.1%  wrong 20 (10.5%)
 *  1051 gio-cha-uoc-le-4           180/196 91.8%  wrong  2 (1.0%)     135/196 68.9%  wrong 17 (8.7%)
 *  1052 gom-giang-cao              177/185 95.7%  wrong  1 (0.5%)     161/185 87.0%  wrong  8 (4.3%)
 *  1053 hat-rang-thanh-lam         176/186 94.6%  wrong  3 (1.6%)     144/186 77.4%  wrong 15 (8.1%)
 *  1054 nuoc-mam-cua-lan           158/182 86.8%  wrong  9 (4.9%)     109/182 59.9%  wrong 18 (9.9%)
 *  1055 phu-kien-tan-phong         155/180 86.1%  wrong  4 (2.2%)     98/180 54.4%  wrong 18 (10.0%)
 *  1056 phu-kien-toc-thon-dong     155/175 88.6%  wrong  4 (2.3%)     125/175 71.4%  wrong 16 (9.1%)
 *  1057 tra-thao-moc-trai-mat      170/180 94.4%  wrong  5 (2.8%)     128/180 71.1%  wrong 33 (18.3%)
 *  1058 vat-lieu-xay-dung-thanh-ha 163/180 90.6%  wrong  5 (2.8%)     114/180 63.3%  wrong 34 (18.9%)
 *      sets 1043-1058           2699/2957 91.3% wrong 72 (2.4%)    2097/2957 70.9% wrong 303 (10.2%)
 *      (sets 1043-1058, first run at commit 0b655aa, the session's final parser; same run, the parser of commit
 *       d5ff7a3 (the session's start): 2696/2957 91.2%, wrong 73 (2.5%). Four sets reused an older set's name; their
 *       files were renamed bao-bi-minh-khai-2, gio-cha-uoc-le-4, do-tho-son-dong-2 and bun-bo-kim-long-2 before the run,
 *       their content unchanged.)
 *  1059 ao-mua-hoa-xa              175/187 93.6%  wrong  2 (1.1%)     136/187 72.7%  wrong 15 (8.0%)
 *  1060 banh-chung-tranh-khuc-3    170/178 95.5%  wrong  4 (2.2%)     129/178 72.5%  wrong 19 (10.7%)
 *  1061 ca-kho-vu-dai-2            189/200 94.5%  wrong  5 (2.5%)     167/200 83.5%  wrong 13 (6.5%)
 *  1062 dac-san-pac-ngoi           161/178 90.4%  wrong  7 (3.9%)     125/178 70.2%  wrong 17 (9.6%)
 *  1063 det-tham-yen-phu           163/176 92.6%  wrong  3 (1.7%)     140/176 79.5%  wrong 18 (10.2%)
 *  1064 dong-dai-bai-3             180/186 96.8%  wrong  1 (0.5%)     166/186 89.2%  wrong 10 (5.4%)
 *  1065 gia-dung-da-hoi            179/188 95.2%  wrong  2 (1.1%)     161/188 85.6%  wrong 10 (5.3%)
 *  1066 gom-huong-canh             182/190 95.8%  wrong  3 (1.6%)     150/190 78.9%  wrong 19 (10.0%)
 *  1067 lam-san-ba-be              176/187 94.1%  wrong  3 (1.6%)     134/187 71.7%  wrong 16 (8.6%)
 *  1068 may-tre-coi-kim-son        181/192 94.3%  wrong  0 (0.0%)     152/192 79.2%  wrong  7 (3.6%)
 *  1069 mi-chu-nam-duong           161/178 90.4%  wrong  6 (3.4%)     133/178 74.7%  wrong  9 (5.1%)
 *  1070 nem-cha-dong-ve            176/188 93.6%  wrong  5 (2.7%)     157/188 83.5%  wrong  6 (3.2%)
 *  1071 o-mai-yen-phu              182/190 95.8%  wrong  3 (1.6%)     170/190 89.5%  wrong 12 (6.3%)
 *  1072 quat-long-chang-son        164/177 92.7%  wrong  6 (3.4%)     149/177 84.2%  wrong 12 (6.8%)
 *  1073 ren-da-sy-2                166/176 94.3%  wrong  3 (1.7%)     146/176 83.0%  wrong 10 (5.7%)
 *  1074 thao-moc-tan-huong         176/191 92.1%  wrong  4 (2.1%)     137/191 71.7%  wrong 19 (9.9%)
 *      sets 1059-1074           2781/2962 93.9% wrong 57 (1.9%)    2352/2962 79.4% wrong 212 (7.2%)
 *      (sets 1059-1074, first run at commit eaf7bf4, the next session's start e3ae169 after two rules (a counted header
 *       spelled out by counted items that add up to it, with no colon); same run, the parser of e3ae169: 2780/2962 93.9%,
 *       wrong 57 (1.9%). Four sets reused an older set's name; their files were renamed ren-da-sy-2, ca-kho-vu-dai-2,
 *       dong-dai-bai-3 and banh-chung-tranh-khuc-3 before the run, their content unchanged.)
 *  1075 banh-bao-dong-xa           182/196 92.9%  wrong  2 (1.0%)     168/196 85.7%  wrong 11 (5.6%)
 *  1076 banh-que-gia-phuc          180/188 95.7%  wrong  2 (1.1%)     147/188 78.2%  wrong 21 (11.2%)
 *  1077 banh-trang-hoa-da          189/193 97.9%  wrong  0 (0.0%)     164/193 85.0%  wrong 12 (6.2%)
 *  1078 cau-long-dong-phu          165/184 89.7%  wrong  2 (1.1%)     131/184 71.2%  wrong 19 (10.3%)
 *  1079 dien-dan-dung-dong-tam     166/180 92.2%  wrong  2 (1.1%)     103/180 57.2%  wrong 18 (10.0%)
 *  1080 do-nhua-minh-khai-2        173/184 94.0%  wrong  3 (1.6%)     116/184 63.0%  wrong 22 (12.0%)
 *  1081 do-suoi-phu-luu            184/194 94.8%  wrong  0 (0.0%)     111/194 57.2%  wrong  6 (3.1%)
 *  1082 giay-dep-phu-yen           167/195 85.6%  wrong  6 (3.1%)     140/195 71.8%  wrong 22 (11.3%)
 *  1083 giay-vo-phong-khe          165/180 91.7%  wrong  2 (1.1%)     130/180 72.2%  wrong 22 (12.2%)
 *  1084 hai-san-kho-cua-lo-2       178/186 95.7%  wrong  4 (2.2%)     153/186 82.3%  wrong 14 (7.5%)
 *  1085 nhua-trieu-khuc            175/187 93.6%  wrong  4 (2.1%)     134/187 71.7%  wrong 20 (10.7%)
 *  1086 ong-mat-khoai-chau         181/190 95.3%  wrong  2 (1.1%)     159/190 83.7%  wrong 13 (6.8%)
 *  1087 ruou-khe-mo                170/183 92.9%  wrong  1 (0.5%)     131/183 71.6%  wrong 18 (9.8%)
 *  1088 sua-hat-thanh-lam          164/183 89.6%  wrong  1 (0.5%)     143/183 78.1%  wrong 19 (10.4%)
 *  1089 thit-chua-thanh-son        146/180 81.1%  wrong  3 (1.7%)     117/180 65.0%  wrong 31 (17.2%)
 *  1090 vai-dong-phuc-la-phu       154/182 84.6%  wrong  3 (1.6%)     109/182 59.9%  wrong 24 (13.2%)
 *      sets 1075-1090           2739/2985 91.8% wrong 37 (1.2%)    2156/2985 72.2% wrong 292 (9.8%)
 *      (sets 1075-1090, first run at commit da795b4, that session's parser after seven more rules from the misses of
 *       sets 1059-1074 and the pool (goods named sold loose by weight, "mì cân"; "can" before a volume; "bo" typed bare
 *       taking a line back; a set's "+" list said again; …); same run, the parser of eaf7bf4 (the round's start):
 *       2737/2985 91.7%, wrong 38 (1.3%), and of e3ae169 (the session's start): 2736/2985 91.7%, wrong 38 (1.3%). The
 *       session's one fix after this run (6549e90, "cốm loại 1 nửa cân") reads these sets the same. Two sets reused an
 *       older set's name; their files were renamed do-nhua-minh-khai-2 and hai-san-kho-cua-lo-2 before the run, their
 *       content unchanged. Bánh tráng Hòa Đa (banh-trang-hoa-da, 97.9% with none confidently wrong in 193) met the goal
 *       on its first run, as the session's start reads it too.)
 *  1091 atiso-trai-mat             173/193 89.6%  wrong  9 (4.7%)     128/193 66.3%  wrong 31 (16.1%)
 *  1092 banh-da-tho-ha-2           176/195 90.3%  wrong  7 (3.6%)     148/195 75.9%  wrong 24 (12.3%)
 *  1093 coi-kim-son-5              163/197 82.7%  wrong 11 (5.6%)     119/197 60.4%  wrong 31 (15.7%)
 *  1094 den-long-hoi-an-4          165/193 85.5%  wrong 11 (5.7%)     127/193 65.8%  wrong 27 (14.0%)
 *  1095 do-go-dong-ky              169/193 87.6%  wrong  5 (2.6%)     138/193 71.5%  wrong 27 (14.0%)
 *  1096 gom-do-mang-thit           170/195 87.2%  wrong 10 (5.1%)     149/195 76.4%  wrong 22 (11.3%)
 *  1097 hai-san-kho-can-thanh      180/194 92.8%  wrong  7 (3.6%)     146/194 75.3%  wrong 23 (11.9%)
 *  1098 keo-dua-mo-cay-2           180/198 90.9%  wrong  8 (4.0%)     147/198 74.2%  wrong 28 (14.1%)
 *  1099 mat-ong-bac-ha-dong-van    165/196 84.2%  wrong 13 (6.6%)     136/196 69.4%  wrong 31 (15.8%)
 *  1100 may-tre-dan-phu-vinh-2     171/197 86.8%  wrong 11 (5.6%)     136/197 69.0%  wrong 31 (15.7%)
 *  1101 nho-thai-an                176/197 89.3%  wrong 11 (5.6%)     142/197 72.1%  wrong 28 (14.2%)
 *  1102 non-la-lang-chuong-3       173/195 88.7%  wrong 11 (5.6%)     146/195 74.9%  wrong 31 (15.9%)
 *  1103 pho-van-cu                 173/193 89.6%  wrong  7 (3.6%)     132/193 68.4%  wrong 28 (14.5%)
 *  1104 quan-ho-lang-diem-2        154/196 78.6%  wrong 10 (5.1%)     108/196 55.1%  wrong 21 (10.7%)
 *  1105 son-mai-ha-thai-3          166/197 84.3%  wrong 11 (5.6%)     132/197 67.0%  wrong 26 (13.2%)
 *  1106 to-lua-loc-chau            175/192 91.1%  wrong  8 (4.2%)     154/192 80.2%  wrong 14 (7.3%)
 *      sets 1091-1106           2729/3121 87.4% wrong 150 (4.8%)    2188/3121 70.1% wrong 423 (13.6%)
 *      (sets 1091-1106, first run at commit 4dc50e6, the next session's start 02cd873 after three rules ("cỡ 42" written
 *       with its mark; "chua", sour, no negation where the names say so; a tone the customer writes on a word the shop
 *       writes toneless makes it another word); same run, the parser of 02cd873: the same figures, 2729/3121 87.4%, wrong
 *       150 (4.8%). Written from a new brief (the earlier one was not kept with the sets): it asks that a quarter of the
 *       messages must ask, amounts in a pack's pieces, vague amounts and goods not sold; its writers labelled asking
 *       more often than earlier writers (27% of messages). Eight sets reused an older set's name; their files were
 *       renamed banh-da-tho-ha-2, non-la-lang-chuong-3, quan-ho-lang-diem-2, coi-kim-son-5, son-mai-ha-thai-3,
 *       may-tre-dan-phu-vinh-2, den-long-hoi-an-4 and keo-dua-mo-cay-2 before the run, their content unchanged.)
 *  1107 bun-tam-binh               172/200 86.0%  wrong  6 (3.0%)     123/200 61.5%  wrong 53 (26.5%)
 *  1108 cu-do-thach-trung          175/199 87.9%  wrong  7 (3.5%)     128/199 64.3%  wrong 26 (13.1%)
 *  1109 dac-san-moc-chau           183/200 91.5%  wrong  6 (3.0%)     149/200 74.5%  wrong 32 (16.0%)
 *  1110 dac-san-rung-tay-bac       183/199 92.0%  wrong  7 (3.5%)     158/199 79.4%  wrong 25 (12.6%)
 *  1111 dong-phuoc-kieu            168/195 86.2%  wrong  5 (2.6%)     133/195 68.2%  wrong 28 (14.4%)
 *  1112 duc-dong-thanh-thuy        178/196 90.8%  wrong 10 (5.1%)     152/196 77.6%  wrong 20 (10.2%)
 *  1113 gom-huong-canh-2           178/200 89.0%  wrong  8 (4.0%)     152/200 76.0%  wrong 24 (12.0%)
 *  1114 gom-su-bat-trang           180/198 90.9%  wrong  9 (4.5%)     152/198 76.8%  wrong 24 (12.1%)
 *  1115 lang-hoa-sa-dec            173/199 86.9%  wrong 10 (5.0%)     122/199 61.3%  wrong 24 (12.1%)
 *  1116 lua-tan-chau               182/200 91.0%  wrong  7 (3.5%)     158/200 79.0%  wrong 20 (10.0%)
 *  1117 mach-nha-thi-pho-2         168/195 86.2%  wrong 11 (5.6%)     131/195 67.2%  wrong 30 (15.4%)
 *  1118 son-mai-tuong-binh-hiep    168/191 88.0%  wrong  9 (4.7%)     126/191 66.0%  wrong 34 (17.8%)
 *  1119 tranh-dong-ho-2            175/200 87.5%  wrong  7 (3.5%)     141/200 70.5%  wrong 24 (12.0%)
 *  1120 vai-ninh-hiep              173/192 90.1%  wrong  4 (2.1%)     146/192 76.0%  wrong 24 (12.5%)
 *  1121 vai-thieu-thanh-ha         164/191 85.9%  wrong  7 (3.7%)     126/191 66.0%  wrong 28 (14.7%)
 *  1122 yen-sao-vinh-luong         179/199 89.9%  wrong  7 (3.5%)     138/199 69.3%  wrong 23 (11.6%)
 *      sets 1107-1122           2799/3154 88.7% wrong 120 (3.8%)    2235/3154 70.9% wrong 439 (13.9%)
 *      (sets 1107-1122, first run at commit 4bc37ae, that session's parser after six rules from the misses of sets
 *       1091-1106 and the pool (an order told ahead places nothing now, "ra Tết em đặt …", "giờ báo trước thôi"; amounts no
 *       shop can hand over ask, "2-3 cái", "vài chục"; per head, "đoàn 12 khách, mỗi người 1 nón"; …); same run, the
 *       parser of 02cd873 (the session's start): 2789/3154 88.4%, wrong 126 (4.0%). Written from the same brief as sets
 *       1091-1106. Three sets reused an older set's name; their files were renamed mach-nha-thi-pho-2, tranh-dong-ho-2
 *       and gom-huong-canh-2 before the run, their content unchanged.)
 *  1123 anh-lai-xa                 159/191 83.2%  wrong 11 (5.8%)     125/191 65.4%  wrong 29 (15.2%)
 *  1124 buoi-binh-minh             173/200 86.5%  wrong 12 (6.0%)     133/200 66.5%  wrong 41 (20.5%)
 *  1125 ca-phe-ea-tu-2             182/200 91.0%  wrong  4 (2.0%)     143/200 71.5%  wrong 27 (13.5%)
 *  1126 cay-canh-my-dong           177/198 89.4%  wrong  5 (2.5%)     153/198 77.3%  wrong 17 (8.6%)
 *  1127 chuon-chuon-tre-thach-xa   169/194 87.1%  wrong 10 (5.2%)     113/194 58.2%  wrong 22 (11.3%)
 *  1128 dieu-thuy-tu               171/200 85.5%  wrong 12 (6.0%)     140/200 70.0%  wrong 26 (13.0%)
 *  1129 dong-van-ha                176/195 90.3%  wrong  9 (4.6%)     145/195 74.4%  wrong 32 (16.4%)
 *  1130 gom-phu-lang-2             173/197 87.8%  wrong 10 (5.1%)     137/197 69.5%  wrong 35 (17.8%)
 *  1131 huong-thanh-luong          182/199 91.5%  wrong  6 (3.0%)     134/199 67.3%  wrong 26 (13.1%)
 *  1132 long-den-hang-ma           162/192 84.4%  wrong  8 (4.2%)     120/192 62.5%  wrong 36 (18.8%)
 *  1133 luoi-ha-thai               163/192 84.9%  wrong 13 (6.8%)     125/192 65.1%  wrong 26 (13.5%)
 *  1134 muoi-tom-tay-ninh          174/200 87.0%  wrong  8 (4.0%)     146/200 73.0%  wrong 29 (14.5%)
 *  1135 quy-vang-kieu-ky           168/200 84.0%  wrong 12 (6.0%)     134/200 67.0%  wrong 34 (17.0%)
 *  1136 tho-cam-ban-lac-2          179/200 89.5%  wrong  8 (4.0%)     161/200 80.5%  wrong 20 (10.0%)
 *  1137 tuong-cu-da                169/196 86.2%  wrong 14 (7.1%)     138/196 70.4%  wrong 35 (17.9%)
 *  1138 tuong-go-dong-giao         147/189 77.8%  wrong  6 (3.2%)     126/189 66.7%  wrong 24 (12.7%)
 *      sets 1123-1138           2724/3143 86.7% wrong 148 (4.7%)    2173/3143 69.1% wrong 459 (14.6%)
 *      (sets 1123-1138, first run at commit 49e044a, that session's final parser, fourteen more rules in (a correction
 *       naming only a bigger size, "à đổi sang loại to"; an amount whose word counts goods named before a question, "Giỏ
 *       quà có …? lấy e 3 giỏ"; a set with its goods swapped, "… nhưng đổi mè đen sang lá dứa"; loose goods beside a pack
 *       of exactly the amount ask which; "2 cân 3 lạng", "1 mét 20"; …); same run, the parser of 02cd873 (the session's
 *       start): 2697/3143 85.8%, wrong 167 (5.3%). Written from the same brief. Three sets reused an older set's name;
 *       their files were renamed gom-phu-lang-2, ca-phe-ea-tu-2 and tho-cam-ban-lac-2 before the run, their content
 *       unchanged.)
 *  1139 banh-phu-the-dinh-bang-2   165/197 83.8%  wrong  7 (3.6%)     116/197 58.9%  wrong 24 (12.2%)
 *  1140 banh-pia-vung-thom-2       184/197 93.4%  wrong  6 (3.0%)     127/197 64.5%  wrong 40 (20.3%)
 *  1141 bun-phu-do                 169/198 85.4%  wrong  9 (4.5%)     150/198 75.8%  wrong 18 (9.1%)
 *  1142 chieu-dinh-yen             161/199 80.9%  wrong  9 (4.5%)     139/199 69.8%  wrong 22 (11.1%)
 *  1143 dac-san-ham-ninh           176/194 90.7%  wrong  6 (3.1%)     136/194 70.1%  wrong 18 (9.3%)
 *  1144 den-long-hoi-an-5          174/196 88.8%  wrong  6 (3.1%)     141/196 71.9%  wrong 27 (13.8%)
 *  1145 gom-tan-van                177/199 88.9%  wrong  4 (2.0%)     144/199 72.4%  wrong 20 (10.1%)
 *  1146 hoa-tay-tuu-2              168/199 84.4%  wrong  9 (4.5%)     133/199 66.8%  wrong 25 (12.6%)
 *  1147 in-ao-dong-phuc-nam-dinh   162/193 83.9%  wrong  8 (4.1%)     122/193 63.2%  wrong 32 (16.6%)
 *  1148 may-tre-phu-vinh-5         166/192 86.5%  wrong 10 (5.2%)     141/192 73.4%  wrong 24 (12.5%)
 *  1149 moc-kim-bong-2             175/195 89.7%  wrong  5 (2.6%)     147/195 75.4%  wrong 15 (7.7%)
 *  1150 mut-dau-trai-mat           171/200 85.5%  wrong 11 (5.5%)     135/200 67.5%  wrong 30 (15.0%)
 *  1151 nuoc-mam-cat-hai-2         163/188 86.7%  wrong  7 (3.7%)     108/188 57.4%  wrong 25 (13.3%)
 *  1152 ren-phuc-sen               168/200 84.0%  wrong 11 (5.5%)     134/200 67.0%  wrong 30 (15.0%)
 *  1153 theu-quat-dong-4           173/196 88.3%  wrong  8 (4.1%)     144/196 73.5%  wrong 30 (15.3%)
 *  1154 tho-cam-my-nghiep          172/186 92.5%  wrong  4 (2.2%)     146/186 78.5%  wrong 20 (10.8%)
 *      sets 1139-1154           2724/3129 87.1% wrong 120 (3.8%)    2163/3129 69.1% wrong 400 (12.8%)
 *      (sets 1139-1154, first run at commit d5d5fa5, the next session's parser after five rules from the misses of
 *       sets 1123-1138 and the pool (a line taken back by what tells it apart after a classifier, "thôi bỏ cây trắng
 *       đi", and by "huỷ" + goods; "8 đến 10 cái" asks; "bên mình" after goods says where they were bought; a count
 *       of kinds before "mỗi", "3 size mỗi size 2 cái"); same run, the parser of e286684 (the session's start):
 *       2721/3129 87.0%, wrong 120 (3.8%). Written from the same brief. Eight sets reused an older set's name; their
 *       files were renamed may-tre-phu-vinh-5, nuoc-mam-cat-hai-2, banh-pia-vung-thom-2, den-long-hoi-an-5,
 *       theu-quat-dong-4, hoa-tay-tuu-2, moc-kim-bong-2 and banh-phu-the-dinh-bang-2 before the run, their content
 *       unchanged.)
 *  1155 banh-da-lang-cheu          179/200 89.5%  wrong 10 (5.0%)     139/200 69.5%  wrong 19 (9.5%)
 *  1156 banh-da-tho-ha-3           168/199 84.4%  wrong 11 (5.5%)     142/199 71.4%  wrong 16 (8.0%)
 *  1157 choi-tham-hoa-vang         170/198 85.9%  wrong  7 (3.5%)     141/198 71.2%  wrong 27 (13.6%)
 *  1158 dac-san-phan-thiet         170/195 87.2%  wrong  1 (0.5%)     127/195 65.1%  wrong 33 (16.9%)
 *  1159 giay-da-tan-lap            169/196 86.2%  wrong  7 (3.6%)     132/196 67.3%  wrong 23 (11.7%)
 *  1160 gom-cham-bau-truc          174/199 87.4%  wrong  7 (3.5%)     150/199 75.4%  wrong 20 (10.1%)
 *  1161 gom-huong-canh-3           164/193 85.0%  wrong  6 (3.1%)     138/193 71.5%  wrong 27 (14.0%)
 *  1162 gom-kim-lan                172/189 91.0%  wrong  7 (3.7%)     139/189 73.5%  wrong 19 (10.1%)
 *  1163 hai-san-kho-nam-o          165/191 86.4%  wrong 12 (6.3%)     127/191 66.5%  wrong 21 (11.0%)
 *  1164 hu-tieu-my-tho             166/193 86.0%  wrong 14 (7.3%)     144/193 74.6%  wrong 20 (10.4%)
 *  1165 may-tre-thach-xa           168/194 86.6%  wrong  8 (4.1%)     130/194 67.0%  wrong 19 (9.8%)
 *  1166 mien-dong-duong-lieu       178/199 89.4%  wrong  7 (3.5%)     150/199 75.4%  wrong 21 (10.6%)
 *  1167 nhan-long-hung-yen         175/196 89.3%  wrong 10 (5.1%)     147/196 75.0%  wrong 17 (8.7%)
 *  1168 nho-thai-an-2              181/196 92.3%  wrong  3 (1.5%)     148/196 75.5%  wrong 21 (10.7%)
 *  1169 tranh-lang-sinh            171/196 87.2%  wrong 12 (6.1%)     139/196 70.9%  wrong 39 (19.9%)
 *  1170 tuong-go-son-dong          172/190 90.5%  wrong  7 (3.7%)     138/190 72.6%  wrong 23 (12.1%)
 *      sets 1155-1170           2742/3124 87.8% wrong 129 (4.1%)    2231/3124 71.4% wrong 365 (11.7%)
 *      (sets 1155-1170, first run at commit 8b271ce, that session's parser after seven more rules from the misses of
 *       sets 1139-1154 and the pool (a correction to a bigger size compares the measures both names give, "chiếu 1m6
 *       x 2m … đổi sang loại to"; "y vậy", "gấp đôi" after a past purchase orders it again; "thôi bỏ đi" takes back
 *       what came before; "một trăm hai chục"; …); same run, the parser of e286684 (the session's start): the same,
 *       2742/3124 87.8%, wrong 129 (4.1%). Written from the same brief. Three sets reused an older set's name; their
 *       files were renamed banh-da-tho-ha-3, gom-huong-canh-3 and nho-thai-an-2 before the run, their content
 *       unchanged.)
 *  1171 dac-san-dong-van           180/198 90.9%  wrong  3 (1.5%)     141/198 71.2%  wrong 19 (9.6%)
 *  1172 dac-san-xu-lang            177/198 89.4%  wrong  8 (4.0%)     147/198 74.2%  wrong 31 (15.7%)
 *  1173 do-go-dong-ky-2            171/194 88.1%  wrong  6 (3.1%)     138/194 71.1%  wrong 18 (9.3%)
 *  1174 do-tho-van-diem            162/198 81.8%  wrong  8 (4.0%)     134/198 67.7%  wrong 22 (11.1%)
 *  1175 dong-dai-bai-4             172/196 87.8%  wrong  8 (4.1%)     132/196 67.3%  wrong 25 (12.8%)
 *  1176 gao-hai-hau                159/197 80.7%  wrong 11 (5.6%)     133/197 67.5%  wrong 31 (15.7%)
 *  1177 giay-do-yen-thai           170/197 86.3%  wrong 13 (6.6%)     150/197 76.1%  wrong 19 (9.6%)
 *  1178 gom-thanh-ha-2             177/198 89.4%  wrong  7 (3.5%)     151/198 76.3%  wrong 23 (11.6%)
 *  1179 kham-trai-chuyen-my-2      167/195 85.6%  wrong  8 (4.1%)     140/195 71.8%  wrong 25 (12.8%)
 *  1180 kho-rach-goc-ca-mau        169/196 86.2%  wrong 10 (5.1%)     133/196 67.9%  wrong 22 (11.2%)
 *  1181 non-la-lang-chuong-4       166/190 87.4%  wrong 11 (5.8%)     136/190 71.6%  wrong 28 (14.7%)
 *  1182 quat-giay-tam-son          172/195 88.2%  wrong  7 (3.6%)     144/195 73.8%  wrong 17 (8.7%)
 *  1183 ruou-banh-phu-le           163/195 83.6%  wrong 10 (5.1%)     120/195 61.5%  wrong 28 (14.4%)
 *  1184 trai-cay-long-khanh        179/198 90.4%  wrong  5 (2.5%)     145/198 73.2%  wrong 21 (10.6%)
 *  1185 vai-thieu-luc-ngan         185/199 93.0%  wrong  3 (1.5%)     137/199 68.8%  wrong 27 (13.6%)
 *  1186 xoai-my-xuong              178/193 92.2%  wrong  8 (4.1%)     143/193 74.1%  wrong 24 (12.4%)
 *      sets 1171-1186           2747/3137 87.6% wrong 126 (4.0%)    2224/3137 70.9% wrong 380 (12.1%)
 *      (sets 1171-1186, first run at commit 676c17c, that session's final parser, seven more rules in ("loại 1" after
 *       an amount tells which product the phrase before means, "ngói âm dương 1000 viên loại 1"; "2.500 viên"; "mỗi"
 *       before a word of kind is never a slip of a catalog word; "thêm 1 đôi 42 nữa" names a sibling; "mỗi phòng 1 …"
 *       after "8 phòng"; …); same run, the parser of e286684 (the session's start): 2745/3137 87.5%, wrong 127 (4.0%).
 *       Written from the same brief. Five sets reused an older set's name; their files were renamed do-go-dong-ky-2,
 *       kham-trai-chuyen-my-2, non-la-lang-chuong-4, gom-thanh-ha-2 and dong-dai-bai-4 before the run, their content
 *       unchanged.)
 *  1187 bac-dong-xam-2             164/195 84.1%  wrong 10 (5.1%)     132/195 67.7%  wrong 21 (10.8%)
 *  1188 dac-san-moc-chau-2         183/199 92.0%  wrong  7 (3.5%)     137/199 68.8%  wrong 35 (17.6%)
 *  1189 dac-san-na-hang            171/192 89.1%  wrong  8 (4.2%)     137/192 71.4%  wrong 28 (14.6%)
 *  1190 dau-tam-to-bao-loc         180/195 92.3%  wrong  5 (2.6%)     152/195 77.9%  wrong 15 (7.7%)
 *  1191 de-nui-ruou-kim-son        177/199 88.9%  wrong  8 (4.0%)     138/199 69.3%  wrong 20 (10.1%)
 *  1192 gom-chu-dau                177/195 90.8%  wrong  7 (3.6%)     146/195 74.9%  wrong 29 (14.9%)
 *  1193 gom-giang-cao-2            177/197 89.8%  wrong  6 (3.0%)     142/197 72.1%  wrong 24 (12.2%)
 *  1194 keo-dua-mo-cay-3           178/200 89.0%  wrong  9 (4.5%)     157/200 78.5%  wrong 23 (11.5%)
 *  1195 long-vu-trieu-khuc         183/199 92.0%  wrong  8 (4.0%)     159/199 79.9%  wrong 19 (9.5%)
 *  1196 me-xung-hue                172/193 89.1%  wrong 12 (6.2%)     131/193 67.9%  wrong 32 (16.6%)
 *  1197 nem-chua-cha-thanh-hoa     179/194 92.3%  wrong  3 (1.5%)     151/194 77.8%  wrong 17 (8.8%)
 *  1198 nong-san-da-bac            169/193 87.6%  wrong  4 (2.1%)     134/193 69.4%  wrong 33 (17.1%)
 *  1199 que-mach-nha-quang-ngai    176/193 91.2%  wrong  7 (3.6%)     138/193 71.5%  wrong 25 (13.0%)
 *  1200 son-mai-ha-thai-4          174/200 87.0%  wrong  7 (3.5%)     134/200 67.0%  wrong 23 (11.5%)
 *  1201 tien-go-nhi-khe            180/198 90.9%  wrong  4 (2.0%)     136/198 68.7%  wrong 23 (11.6%)
 *  1202 trau-gac-bep-son-la        182/199 91.5%  wrong  8 (4.0%)     147/199 73.9%  wrong 14 (7.0%)
 *      sets 1187-1202           2822/3141 89.8% wrong 113 (3.6%)    2271/3141 72.3% wrong 381 (12.1%)
 *      (sets 1187-1202, first run at commit fe60109, the next session's parser after two rules from the misses of
 *       sets 1171-1186 and the pool (a set said by its own word and the word after it, "bộ 6 chén", is meant over sets
 *       of another word that hold it; "L1", "L2" read as "loại 1", "loại 2" where the names carry those grades); same
 *       run, the parser of 82a782e (the session's start): 2820/3141 89.8%, wrong 113 (3.6%). Written from the same
 *       brief. Five sets reused an older set's name; their files were renamed keo-dua-mo-cay-3, son-mai-ha-thai-4,
 *       dac-san-moc-chau-2, bac-dong-xam-2 and gom-giang-cao-2 before the run, their content unchanged.)
 *  1203 banh-gai-ninh-giang-2      178/197 90.4%  wrong  6 (3.0%)     143/197 72.6%  wrong 33 (16.8%)
 *  1204 che-thanh-chuong           170/194 87.6%  wrong  8 (4.1%)     114/194 58.8%  wrong 38 (19.6%)
 *  1205 com-lang-vong-2            169/195 86.7%  wrong 11 (5.6%)     125/195 64.1%  wrong 42 (21.5%)
 *  1206 dong-ngu-xa                180/199 90.5%  wrong  6 (3.0%)     142/199 71.4%  wrong 39 (19.6%)
 *  1207 dong-phuoc-kieu-2          179/198 90.4%  wrong  7 (3.5%)     144/198 72.7%  wrong 29 (14.6%)
 *  1208 go-bao-ha-tho-cam-sa-pa    164/186 88.2%  wrong  7 (3.8%)     148/186 79.6%  wrong 21 (11.3%)
 *  1209 gom-xuan-son-dong-trieu    166/195 85.1%  wrong  6 (3.1%)     142/195 72.8%  wrong 22 (11.3%)
 *  1210 hoa-kieng-sa-dec           162/188 86.2%  wrong 13 (6.9%)     134/188 71.3%  wrong 27 (14.4%)
 *  1211 hoa-thai-phien             160/192 83.3%  wrong  8 (4.2%)     113/192 58.9%  wrong 30 (15.6%)
 *  1212 lua-tan-chau-2             168/190 88.4%  wrong  3 (1.6%)     133/190 70.0%  wrong 28 (14.7%)
 *  1213 may-tre-cam-giang          175/192 91.1%  wrong  5 (2.6%)     142/192 74.0%  wrong 22 (11.5%)
 *  1214 nhung-huou-huong-son       177/197 89.8%  wrong  5 (2.5%)     133/197 67.5%  wrong 35 (17.8%)
 *  1215 nuoc-mam-ham-ninh-2        173/194 89.2%  wrong  6 (3.1%)     115/194 59.3%  wrong 25 (12.9%)
 *  1216 ruou-lang-van-2            175/196 89.3%  wrong  8 (4.1%)     128/196 65.3%  wrong 28 (14.3%)
 *  1217 tom-kho-go-cong            178/199 89.4%  wrong  8 (4.0%)     153/199 76.9%  wrong 25 (12.6%)
 *  1218 trai-cay-phong-dien        171/197 86.8%  wrong  5 (2.5%)     133/197 67.5%  wrong 34 (17.3%)
 *      sets 1203-1218           2745/3109 88.3% wrong 112 (3.6%)    2142/3109 68.9% wrong 478 (15.4%)
 *      (sets 1203-1218, first run at commit 35d6e81, that session's parser after five more rules from the misses of
 *       sets 1187-1202 and the pool (a measure written apart opening a list item is a second size, "bình rượu 2 lít và
 *       5 lít mỗi loại 3 bình", "hộp tròn 8 phân lấy 20 cái, 12 phân lấy 10 cái"; "12 ly" is 12 mm where the names
 *       measure in millimetres; a message asking how many people the goods serve, or asking for advice, is no lost
 *       order); same run, the parser of 82a782e (the session's start): 2743/3109 88.2%, wrong 111 (3.6%). Written from
 *       the same brief. Six sets reused an older set's name; their files were renamed ruou-lang-van-2,
 *       banh-gai-ninh-giang-2, com-lang-vong-2, lua-tan-chau-2, dong-phuoc-kieu-2 and nuoc-mam-ham-ninh-2 before the
 *       run, their content unchanged.)
 *  1219 banh-cuon-thanh-tri-4      168/189 88.9%  wrong  6 (3.2%)     127/189 67.2%  wrong 23 (12.2%)
 *  1220 cam-sanh-ham-yen           177/198 89.4%  wrong  6 (3.0%)     123/198 62.1%  wrong 35 (17.7%)
 *  1221 dac-san-trung-khanh        164/195 84.1%  wrong 12 (6.2%)     136/195 69.7%  wrong 26 (13.3%)
 *  1222 do-gia-dung-tho-tang       181/197 91.9%  wrong  6 (3.0%)     147/197 74.6%  wrong 23 (11.7%)
 *  1223 gach-gom-mang-thit-2       167/196 85.2%  wrong  7 (3.6%)     132/196 67.3%  wrong 29 (14.8%)
 *  1224 gom-mang-cut-lai-thieu     173/187 92.5%  wrong  6 (3.2%)     141/187 75.4%  wrong 22 (11.8%)
 *  1225 hai-san-song-cau           168/195 86.2%  wrong  8 (4.1%)     130/195 66.7%  wrong 34 (17.4%)
 *  1226 huong-tram-dong-ky         176/194 90.7%  wrong  5 (2.6%)     143/194 73.7%  wrong 22 (11.3%)
 *  1227 long-nhan-pho-hien         170/194 87.6%  wrong 13 (6.7%)     125/194 64.4%  wrong 27 (13.9%)
 *  1228 lua-nha-xa-2               174/193 90.2%  wrong  5 (2.6%)     152/193 78.8%  wrong 24 (12.4%)
 *  1229 mang-dai-loc-mat-ong-que-son 166/193 86.0%  wrong  8 (4.1%)     129/193 66.8%  wrong 16 (8.3%)
 *  1230 na-dong-tan-huu-lung       180/200 90.0%  wrong 10 (5.0%)     147/200 73.5%  wrong 25 (12.5%)
 *  1231 nuoc-mam-cat-hai-3         168/190 88.4%  wrong  5 (2.6%)     123/190 64.7%  wrong 27 (14.2%)
 *  1232 nuoc-mam-quynh-luu         163/198 82.3%  wrong 11 (5.6%)     115/198 58.1%  wrong 19 (9.6%)
 *  1233 tho-cam-muong-bi           175/193 90.7%  wrong  8 (4.1%)     152/193 78.8%  wrong 17 (8.8%)
 *  1234 tranh-dong-ho-3            157/191 82.2%  wrong  7 (3.7%)     135/191 70.7%  wrong 29 (15.2%)
 *      sets 1219-1234           2727/3103 87.9% wrong 123 (4.0%)    2157/3103 69.5% wrong 398 (12.8%)
 *      (sets 1219-1234, first run at commit 91b94a9, that session's parser after four more rules from the misses of
 *       sets 1203-1218 and the pool (a whole alias whose words are colours too, "hồng trắng", names its product; a
 *       capital letter the names carry as a word, "lãnh Mỹ A", is no grade; a second size keeps the degree said
 *       before it, "nuoc mam 43 do loai 250ml va 500ml"; …); same run, the parser of 82a782e (the session's start):
 *       2722/3103 87.7%, wrong 123 (4.0%). Written from the same brief. Five sets reused an older set's name; their
 *       files were renamed gach-gom-mang-thit-2, lua-nha-xa-2, banh-cuon-thanh-tri-4, nuoc-mam-cat-hai-3 and
 *       tranh-dong-ho-3 before the run, their content unchanged.)
 *  1235 ca-vat-khan-lua-van-phuc   160/188 85.1%  wrong 10 (5.3%)     130/188 69.1%  wrong 19 (10.1%)
 *  1236 coi-kim-son-6              184/195 94.4%  wrong  4 (2.1%)     154/195 79.0%  wrong 15 (7.7%)
 *  1237 dac-san-ba-be              177/195 90.8%  wrong  3 (1.5%)     149/195 76.4%  wrong 25 (12.8%)
 *  1238 duoc-lieu-tu-mo-rong       174/199 87.4%  wrong 12 (6.0%)     141/199 70.9%  wrong 33 (16.6%)
 *  1239 gom-chu-dau-2              167/189 88.4%  wrong 11 (5.8%)     131/189 69.3%  wrong 32 (16.9%)
 *  1240 gom-thanh-ha-3             179/198 90.4%  wrong  9 (4.5%)     141/198 71.2%  wrong 27 (13.6%)
 *  1241 hai-san-kho-bao-ninh       176/196 89.8%  wrong 10 (5.1%)     133/196 67.9%  wrong 21 (10.7%)
 *  1242 hu-tieu-sa-dec-2           175/192 91.1%  wrong  5 (2.6%)     136/192 70.8%  wrong 33 (17.2%)
 *  1243 keo-siu-chau-vu-ban        177/194 91.2%  wrong  7 (3.6%)     142/194 73.2%  wrong 23 (11.9%)
 *  1244 kham-trai-chuyen-my-3      166/186 89.2%  wrong  9 (4.8%)     129/186 69.4%  wrong 27 (14.5%)
 *  1245 ruou-tho-ha                148/192 77.1%  wrong 13 (6.8%)     122/192 63.5%  wrong 35 (18.2%)
 *  1246 son-mai-tuong-binh-hiep-2  169/197 85.8%  wrong  9 (4.6%)     125/197 63.5%  wrong 32 (16.2%)
 *  1247 tham-day-nam-cao           169/188 89.9%  wrong  6 (3.2%)     141/188 75.0%  wrong 18 (9.6%)
 *  1248 tho-cam-la-tam-ta-van      179/197 90.9%  wrong  6 (3.0%)     151/197 76.6%  wrong 24 (12.2%)
 *  1249 tra-ca-phe-cau-dat         174/193 90.2%  wrong  5 (2.6%)     148/193 76.7%  wrong 24 (12.4%)
 *  1250 trai-cay-binh-hoa-phuoc    172/192 89.6%  wrong  9 (4.7%)     143/192 74.5%  wrong 24 (12.5%)
 *      sets 1235-1250           2746/3091 88.8% wrong 128 (4.1%)    2216/3091 71.7% wrong 412 (13.3%)
 *      (sets 1235-1250, first run at commit 42d9125, that session's final parser, six more rules in (a size word only
 *       other goods carry in their names is bare after goods that do not, "giò lụa loại to" beside "Bánh chưng to"; a
 *       number word before "ký", "lạng", "lít" ends the phrase as the amount; goods ruled out, "giò bò thì thôi", are
 *       no dropped phrase; shares sent to different places, "1 hộp gửi Hà Nội, 1 hộp gửi Bắc Ninh", are no unused
 *       amount; …); same run, the parser of 82a782e (the session's start): 2738/3091 88.6%, wrong 128 (4.1%). Written
 *       from the same brief. Six sets reused an older set's name; their files were renamed son-mai-tuong-binh-hiep-2,
 *       gom-thanh-ha-3, hu-tieu-sa-dec-2, coi-kim-son-6, kham-trai-chuyen-my-3 and gom-chu-dau-2 before the run, their
 *       content unchanged.)
 *  1251 banh-pia-vung-thom-3       171/192 89.1%  wrong  5 (2.6%)     143/192 74.5%  wrong 11 (5.7%)
 *  1252 ca-com-ganh-do             171/200 85.5%  wrong  8 (4.0%)     128/200 64.0%  wrong 20 (10.0%)
 *  1253 ca-phe-ea-tu-3             163/190 85.8%  wrong  8 (4.2%)     134/190 70.5%  wrong 25 (13.2%)
 *  1254 dac-san-dong-van-2         168/194 86.6%  wrong 10 (5.2%)     128/194 66.0%  wrong 22 (11.3%)
 *  1255 gom-men-bat-trang-2        184/200 92.0%  wrong  6 (3.0%)     154/200 77.0%  wrong 25 (12.5%)
 *  1256 gom-phu-lang-3             168/183 91.8%  wrong  2 (1.1%)     143/183 78.1%  wrong 21 (11.5%)
 *  1257 gom-phuoc-tich-2           182/199 91.5%  wrong  6 (3.0%)     146/199 73.4%  wrong 21 (10.6%)
 *  1258 hoi-que-huu-lung           168/190 88.4%  wrong 13 (6.8%)     133/190 70.0%  wrong 22 (11.6%)
 *  1259 keo-dua-mo-cay-4           179/197 90.9%  wrong  8 (4.1%)     143/197 72.6%  wrong 21 (10.7%)
 *  1260 lua-gam-nha-xa             168/193 87.0%  wrong  8 (4.1%)     145/193 75.1%  wrong 22 (11.4%)
 *  1261 mam-thot-not-chau-doc      175/192 91.1%  wrong  6 (3.1%)     130/192 67.7%  wrong 33 (17.2%)
 *  1262 may-tre-phu-vinh-6         177/200 88.5%  wrong  8 (4.0%)     144/200 72.0%  wrong 22 (11.0%)
 *  1263 moc-kim-bong-3             177/192 92.2%  wrong  6 (3.1%)     137/192 71.4%  wrong 30 (15.6%)
 *  1264 nem-cha-hoang-hoa          179/197 90.9%  wrong  5 (2.5%)     134/197 68.0%  wrong 27 (13.7%)
 *  1265 nhan-long-pho-hien-2       169/194 87.1%  wrong  7 (3.6%)     132/194 68.0%  wrong 28 (14.4%)
 *  1266 to-lua-co-chat             183/198 92.4%  wrong  7 (3.5%)     145/198 73.2%  wrong 23 (11.6%)
 *      sets 1251-1266           2782/3111 89.4% wrong 113 (3.6%)    2219/3111 71.3% wrong 373 (12.0%)
 *      (sets 1251-1266, first run at commit 6db595d, two rules in (phones written "+84 (0) 912 …", "(091) 234-5566",
 *       "o912 …" or said in words are read; a size said once for goods listed under one "mỗi" goes on each of them);
 *       same run, the parser of fe3a772 (the session's start): 2778/3111 89.3%, wrong 113 (3.6%). Written from the same
 *       brief. Ten sets reused an older set's name; their files were renamed banh-pia-vung-thom-3, gom-men-bat-trang-2,
 *       may-tre-phu-vinh-6, gom-phuoc-tich-2, keo-dua-mo-cay-4, ca-phe-ea-tu-3, nhan-long-pho-hien-2, moc-kim-bong-3,
 *       dac-san-dong-van-2 and gom-phu-lang-3 before the run, their content unchanged.)
 *  1267 bau-da-cho-huyen           164/192 85.4%  wrong 13 (6.8%)     116/192 60.4%  wrong 27 (14.1%)
 *  1268 cay-canh-van-giang         170/192 88.5%  wrong  8 (4.2%)     121/192 63.0%  wrong 29 (15.1%)
 *  1269 che-long-coc               171/194 88.1%  wrong  8 (4.1%)     146/194 75.3%  wrong 13 (6.7%)
 *  1270 dac-san-can-giuoc          183/200 91.5%  wrong  6 (3.0%)     140/200 70.0%  wrong 21 (10.5%)
 *  1271 dac-san-luc-ngan           179/200 89.5%  wrong  9 (4.5%)     152/200 76.0%  wrong 17 (8.5%)
 *  1272 duc-dong-van-ha            169/200 84.5%  wrong 10 (5.0%)     143/200 71.5%  wrong 34 (17.0%)
 *  1273 huong-quang-phu-cau-2      171/194 88.1%  wrong  5 (2.6%)     119/194 61.3%  wrong 29 (14.9%)
 *  1274 long-vu-trieu-khuc-2       156/190 82.1%  wrong 12 (6.3%)     122/190 64.2%  wrong 35 (18.4%)
 *  1275 non-la-tay-ho              175/198 88.4%  wrong  8 (4.0%)     142/198 71.7%  wrong 20 (10.1%)
 *  1276 ren-phuc-sen-2             178/198 89.9%  wrong 10 (5.1%)     137/198 69.2%  wrong 27 (13.6%)
 *  1277 ruou-man-bac-ha            177/200 88.5%  wrong 11 (5.5%)     149/200 74.5%  wrong 26 (13.0%)
 *  1278 tho-cam-gom-my-nghiep      179/198 90.4%  wrong  7 (3.5%)     149/198 75.3%  wrong 28 (14.1%)
 *  1279 toi-hanh-ly-son-2          172/192 89.6%  wrong 10 (5.2%)     143/192 74.5%  wrong 20 (10.4%)
 *  1280 tom-kho-rach-goc-2         176/199 88.4%  wrong  9 (4.5%)     143/199 71.9%  wrong 29 (14.6%)
 *  1281 tranh-sinh-hoa-giay        172/200 86.0%  wrong  6 (3.0%)     143/200 71.5%  wrong 34 (17.0%)
 *  1282 vai-thieu-thanh-ha-2       164/198 82.8%  wrong 10 (5.1%)     147/198 74.2%  wrong 24 (12.1%)
 *      sets 1267-1282           2756/3145 87.6% wrong 142 (4.5%)    2212/3145 70.3% wrong 413 (13.1%)
 *      (sets 1267-1282, first run at commit ac547be, three more rules in (a verb of sending after an amount opens no
 *       unknown goods, "1 hộp giao nhà mình"; shares of a line named by its own word, "1 set giao Hà Nội", order no
 *       more; a list item opening with a container and its measure, "…, chai 500ml 6 chai", names the sibling packed
 *       so); same run, the parser of fe3a772 (the session's start): 2750/3145 87.4%, wrong 142 (4.5%). Written from
 *       the same brief. Six sets reused an older set's name; their files were renamed tom-kho-rach-goc-2,
 *       huong-quang-phu-cau-2, toi-hanh-ly-son-2, ren-phuc-sen-2, long-vu-trieu-khuc-2 and vai-thieu-thanh-ha-2 before
 *       the run, their content unchanged.)
 *  1283 atiso-da-lat               168/198 84.8%  wrong  8 (4.0%)     131/198 66.2%  wrong 24 (12.1%)
 *  1284 banh-phu-the-dinh-bang-3   167/193 86.5%  wrong 13 (6.7%)     139/193 72.0%  wrong 25 (13.0%)
 *  1285 cay-canh-vi-khe-2          178/194 91.8%  wrong  7 (3.6%)     133/194 68.6%  wrong 23 (11.9%)
 *  1286 che-tan-cuong-3            177/199 88.9%  wrong  5 (2.5%)     153/199 76.9%  wrong 22 (11.1%)
 *  1287 coi-kim-son-7              182/195 93.3%  wrong  4 (2.1%)     149/195 76.4%  wrong 18 (9.2%)
 *  1288 da-my-nghe-non-nuoc-3      164/192 85.4%  wrong  8 (4.2%)     122/192 63.5%  wrong 29 (15.1%)
 *  1289 dac-san-ham-ninh-2         175/194 90.2%  wrong  9 (4.6%)     136/194 70.1%  wrong 18 (9.3%)
 *  1290 do-go-chang-son            174/198 87.9%  wrong  8 (4.0%)     139/198 70.2%  wrong 30 (15.2%)
 *  1291 ga-dong-tao-khoai-chau-2   173/199 86.9%  wrong  7 (3.5%)     130/199 65.3%  wrong 24 (12.1%)
 *  1292 gom-giang-cao-bat-trang    188/198 94.9%  wrong  3 (1.5%)     144/198 72.7%  wrong 26 (13.1%)
 *  1293 hai-san-kho-phan-thiet-2   184/194 94.8%  wrong  4 (2.1%)     142/194 73.2%  wrong 16 (8.2%)
 *  1294 non-la-lang-chuong-5       170/197 86.3%  wrong  9 (4.6%)     150/197 76.1%  wrong 23 (11.7%)
 *  1295 rau-tra-que                166/183 90.7%  wrong  6 (3.3%)     136/183 74.3%  wrong 22 (12.0%)
 *  1296 ruou-can-muong-bi          166/187 88.8%  wrong  9 (4.8%)     140/187 74.9%  wrong 21 (11.2%)
 *  1297 vuon-trai-phong-dien       177/196 90.3%  wrong  7 (3.6%)     142/196 72.4%  wrong 33 (16.8%)
 *  1298 xoi-phu-thuong             174/194 89.7%  wrong  6 (3.1%)     144/194 74.2%  wrong 24 (12.4%)
 *      sets 1283-1298           2783/3111 89.5% wrong 113 (3.6%)    2230/3111 71.7% wrong 378 (12.2%)
 *      (sets 1283-1298, first run at commit a708a6c, two more rules in (a container with a bare unit names its size,
 *       "chai lít", "gói nửa ký"; an amount after "chia thành", "đóng" opening a clause packs the line); same run, the
 *       parser of fe3a772 (the session's start): 2780/3111 89.4%, wrong 113 (3.6%). Written from the same brief. Nine
 *       sets reused an older set's name; their files were renamed dac-san-ham-ninh-2, non-la-lang-chuong-5,
 *       cay-canh-vi-khe-2, banh-phu-the-dinh-bang-3, da-my-nghe-non-nuoc-3, ga-dong-tao-khoai-chau-2, coi-kim-son-7,
 *       hai-san-kho-phan-thiet-2 and che-tan-cuong-3 before the run, their content unchanged.)
 *  1299 bun-banh-phu-tho           181/200 90.5%  wrong  8 (4.0%)     136/200 68.0%  wrong 24 (12.0%)
 *  1300 ca-phe-khe-sanh            177/195 90.8%  wrong  3 (1.5%)     143/195 73.3%  wrong 30 (15.4%)
 *  1301 cay-giong-cho-lach         176/199 88.4%  wrong 11 (5.5%)     143/199 71.9%  wrong 30 (15.1%)
 *  1302 chieu-coi-nga-son-3        179/198 90.4%  wrong  6 (3.0%)     150/198 75.8%  wrong 19 (9.6%)
 *  1303 do-go-dong-ky-3            178/197 90.4%  wrong  5 (2.5%)     153/197 77.7%  wrong 20 (10.2%)
 *  1304 gom-huong-canh-4           170/186 91.4%  wrong  4 (2.2%)     130/186 69.9%  wrong 28 (15.1%)
 *  1305 gom-lai-thieu              177/200 88.5%  wrong  7 (3.5%)     145/200 72.5%  wrong 21 (10.5%)
 *  1306 hanh-tim-vinh-chau-2       182/200 91.0%  wrong  5 (2.5%)     150/200 75.0%  wrong 19 (9.5%)
 *  1307 keo-cu-do-nam-dan          179/197 90.9%  wrong  6 (3.0%)     135/197 68.5%  wrong 32 (16.2%)
 *  1308 may-tre-ba-sao             178/198 89.9%  wrong  6 (3.0%)     143/198 72.2%  wrong 17 (8.6%)
 *  1309 non-huong-phu-cam          175/196 89.3%  wrong  6 (3.1%)     134/196 68.4%  wrong 27 (13.8%)
 *  1310 nong-san-dak-ha            173/200 86.5%  wrong  8 (4.0%)     144/200 72.0%  wrong 31 (15.5%)
 *  1311 o-quat-dai-yen             178/195 91.3%  wrong  5 (2.6%)     144/195 73.8%  wrong 23 (11.8%)
 *  1312 theu-tay-to-lich           173/196 88.3%  wrong  6 (3.1%)     136/196 69.4%  wrong 30 (15.3%)
 *  1313 trai-cay-long-khanh-2      165/190 86.8%  wrong  5 (2.6%)     121/190 63.7%  wrong 24 (12.6%)
 *  1314 vai-rem-ninh-hiep          172/195 88.2%  wrong  6 (3.1%)     150/195 76.9%  wrong 24 (12.3%)
 *      sets 1299-1314           2813/3142 89.5% wrong 97 (3.1%)    2257/3142 71.8% wrong 399 (12.7%)
 *      (sets 1299-1314, first run at commit a424bf7, three more rules in (a count of pieces opening a list item names
 *       the goods packed by it; "giờ lấy thêm 1 cái 16" after goods bought before names their sibling; goods sold by
 *       weight, volume or length ordered with no amount ask how much); same run, the parser of fe3a772 (the session's
 *       start): 2805/3142 89.3%, wrong 105 (3.3%). Written from the same brief. Five sets reused an older set's name;
 *       their files were renamed do-go-dong-ky-3, hanh-tim-vinh-chau-2, trai-cay-long-khanh-2, chieu-coi-nga-son-3 and
 *       gom-huong-canh-4 before the run, their content unchanged.)
 *  1315 bac-dong-xam-3             164/194 84.5%  wrong  8 (4.1%)     123/194 63.4%  wrong 25 (12.9%)
 *  1316 banh-keo-quynh-doi         177/195 90.8%  wrong 11 (5.6%)     148/195 75.9%  wrong 24 (12.3%)
 *  1317 bun-phu-luu-chanh          168/197 85.3%  wrong 13 (6.6%)     146/197 74.1%  wrong 31 (15.7%)
 *  1318 dao-quat-van-giang         177/199 88.9%  wrong  8 (4.0%)     145/199 72.9%  wrong 23 (11.6%)
 *  1319 dua-mo-cay                 171/194 88.1%  wrong  7 (3.6%)     140/194 72.2%  wrong 28 (14.4%)
 *  1320 gom-thanh-ha-4             173/196 88.3%  wrong 11 (5.6%)     141/196 71.9%  wrong 34 (17.3%)
 *  1321 hat-de-trung-khanh         179/197 90.9%  wrong  5 (2.5%)     140/197 71.1%  wrong 21 (10.7%)
 *  1322 huong-me-xung-thuy-xuan    175/198 88.4%  wrong  8 (4.0%)     146/198 73.7%  wrong 23 (11.6%)
 *  1323 keo-dua-cai-be             171/193 88.6%  wrong 11 (5.7%)     138/193 71.5%  wrong 29 (15.0%)
 *  1324 lua-tan-chau-3             178/196 90.8%  wrong  8 (4.1%)     150/196 76.5%  wrong 24 (12.2%)
 *  1325 nong-san-moc-chau          177/196 90.3%  wrong  4 (2.0%)     144/196 73.5%  wrong 18 (9.2%)
 *  1326 son-mai-ha-thai-5          176/198 88.9%  wrong  4 (2.0%)     124/198 62.6%  wrong 30 (15.2%)
 *  1327 son-mai-van-diem           171/193 88.6%  wrong  5 (2.6%)     148/193 76.7%  wrong 17 (8.8%)
 *  1328 theu-quat-dong-5           171/197 86.8%  wrong  4 (2.0%)     139/197 70.6%  wrong 26 (13.2%)
 *  1329 tranh-giay-dong-ho         167/192 87.0%  wrong  6 (3.1%)     129/192 67.2%  wrong 30 (15.6%)
 *  1330 tuong-go-bao-ha            177/190 93.2%  wrong  3 (1.6%)     133/190 70.0%  wrong 33 (17.4%)
 *      sets 1315-1330           2772/3125 88.7% wrong 116 (3.7%)    2234/3125 71.5% wrong 416 (13.3%)
 *      (sets 1315-1330, first run at commit bfe4540, two more rules in (a bare size before "mỗi loại" whose amount is
 *       spelled out; "bớt còn 8", "giảm còn 6" give the new amount); same run, the parser of fe3a772 (the session's
 *       start): 2759/3125 88.3%, wrong 122 (3.9%). Written from the same brief. Five sets reused an older set's name;
 *       their files were renamed gom-thanh-ha-4, theu-quat-dong-5, lua-tan-chau-3, bac-dong-xam-3 and son-mai-ha-thai-5
 *       before the run, their content unchanged.)
 *  1331 banh-da-tho-ha-4           180/199 90.5%  wrong  9 (4.5%)     150/199 75.4%  wrong 20 (10.1%)
 *  1332 banh-trang-trang-bang-4    170/191 89.0%  wrong  7 (3.7%)     149/191 78.0%  wrong 20 (10.5%)
 *  1333 gao-banh-thoi-long         172/198 86.9%  wrong  8 (4.0%)     123/198 62.1%  wrong 38 (19.2%)
 *  1334 gao-vung-hai-hau           173/190 91.1%  wrong  4 (2.1%)     138/190 72.6%  wrong 16 (8.4%)
 *  1335 gio-cha-chuoi-ngu-dai-hoang 173/191 90.6%  wrong  7 (3.7%)     125/191 65.4%  wrong 30 (15.7%)
 *  1336 hoa-xuan-tho-da-lat        150/195 76.9%  wrong 17 (8.7%)     123/195 63.1%  wrong 32 (16.4%)
 *  1337 keo-dua-tam-quan           175/190 92.1%  wrong  7 (3.7%)     148/190 77.9%  wrong 26 (13.7%)
 *  1338 mat-mia-mo-duc             175/198 88.4%  wrong 10 (5.1%)     128/198 64.6%  wrong 35 (17.7%)
 *  1339 mat-ong-che-thanh-ba       176/192 91.7%  wrong  7 (3.6%)     140/192 72.9%  wrong 20 (10.4%)
 *  1340 may-tre-bao-la             169/192 88.0%  wrong  8 (4.2%)     143/192 74.5%  wrong 22 (11.5%)
 *  1341 mu-rom-cam-giang           182/194 93.8%  wrong  4 (2.1%)     151/194 77.8%  wrong 20 (10.3%)
 *  1342 nuoc-mam-dien-chau         169/190 88.9%  wrong  3 (1.6%)     131/190 68.9%  wrong 13 (6.8%)
 *  1343 trung-thu-xuan-la          177/196 90.3%  wrong  8 (4.1%)     132/196 67.3%  wrong 37 (18.9%)
 *  1344 tuong-go-son-dong-2        171/198 86.4%  wrong  4 (2.0%)     130/198 65.7%  wrong 30 (15.2%)
 *  1345 vang-quy-kieu-ky           179/200 89.5%  wrong  4 (2.0%)     127/200 63.5%  wrong 26 (13.0%)
 *  1346 xoai-ke-sach               177/198 89.4%  wrong  7 (3.5%)     145/198 73.2%  wrong 23 (11.6%)
 *      sets 1331-1346           2768/3112 88.9% wrong 114 (3.7%)    2183/3112 70.1% wrong 408 (13.1%)
 *      (sets 1331-1346, first run at commit c060b8f, that session's final parser, two more rules in ("…, giờ chưa
 *       chốt" says not now; "có thì báo e lấy 5 cân" asks to be told when the goods come); same run, the parser of
 *       fe3a772 (the session's start): 2755/3112 88.5%, wrong 121 (3.9%). Written from the same brief. Three sets
 *       reused an older set's name; their files were renamed tuong-go-son-dong-2, banh-da-tho-ha-4 and
 *       banh-trang-trang-bang-4 before the run, their content unchanged.)
 *  1347 cha-muc-ha-long-2          172/199 86.4%  wrong 12 (6.0%)     137/199 68.8%  wrong 26 (13.1%)
 *  1348 gach-gom-mang-thit-3       165/195 84.6%  wrong 14 (7.2%)     124/195 63.6%  wrong 41 (21.0%)
 *  1349 gom-bau-truc-tho-cam-my-nghiep 180/198 90.9%  wrong  9 (4.5%)     152/198 76.8%  wrong 27 (13.6%)
 *  1350 gom-phu-lang-4             178/197 90.4%  wrong  7 (3.6%)     143/197 72.6%  wrong 26 (13.2%)
 *  1351 hai-san-song-cau-2         169/194 87.1%  wrong  6 (3.1%)     124/194 63.9%  wrong 31 (16.0%)
 *  1352 hat-dieu-bu-dang           168/196 85.7%  wrong 14 (7.1%)     135/196 68.9%  wrong 25 (12.8%)
 *  1353 hoa-sen-sa-dec             161/184 87.5%  wrong  7 (3.8%)     135/184 73.4%  wrong 19 (10.3%)
 *  1354 len-la-phu                 181/195 92.8%  wrong  5 (2.6%)     155/195 79.5%  wrong 17 (8.7%)
 *  1355 may-van-tu                 172/198 86.9%  wrong  2 (1.0%)     138/198 69.7%  wrong 30 (15.2%)
 *  1356 moc-kim-bong-4             174/199 87.4%  wrong  4 (2.0%)     143/199 71.9%  wrong 20 (10.1%)
 *  1357 nhan-long-pho-hien-3       170/199 85.4%  wrong  9 (4.5%)     148/199 74.4%  wrong 22 (11.1%)
 *  1358 non-la-lang-chuong-6       174/196 88.8%  wrong  4 (2.0%)     137/196 69.9%  wrong 22 (11.2%)
 *  1359 ruou-ngo-ban-pho           171/191 89.5%  wrong  4 (2.1%)     142/191 74.3%  wrong 18 (9.4%)
 *  1360 tho-cam-dong-van           175/199 87.9%  wrong  7 (3.5%)     155/199 77.9%  wrong 21 (10.6%)
 *  1361 tom-kho-rach-goc-3         168/198 84.8%  wrong  5 (2.5%)     138/198 69.7%  wrong 27 (13.6%)
 *  1362 vai-thieu-luc-ngan-2       161/195 82.6%  wrong  7 (3.6%)     129/195 66.2%  wrong 32 (16.4%)
 *      sets 1347-1362           2739/3133 87.4% wrong 116 (3.7%)    2235/3133 71.3% wrong 404 (12.9%)
 *      (sets 1347-1362, first run at commit b97215b, three rules in (a capitalised question word beside another
 *       capitalised word is part of a name, "trường Sao Mai"; "mành tre 2 mét 3" is 2.3 metres where the name carries
 *       "cao 2m"; "…, có xuất hóa đơn ko" asks what comes with the order); same run, the parser of 9a070de (the
 *       session's start): 2738/3133 87.4%, wrong 117 (3.7%). Written from the same brief. Nine sets reused an older
 *       set's name; their files were renamed nhan-long-pho-hien-3, tom-kho-rach-goc-3, gom-phu-lang-4,
 *       cha-muc-ha-long-2, moc-kim-bong-4, vai-thieu-luc-ngan-2, non-la-lang-chuong-6, gach-gom-mang-thit-3 and
 *       hai-san-song-cau-2 before the run, their content unchanged.)
 *  1363 cha-muc-cua-lo             176/193 91.2%  wrong  6 (3.1%)     134/193 69.4%  wrong 24 (12.4%)
 *  1364 chuon-chuon-tre-thach-xa-2 166/200 83.0%  wrong  7 (3.5%)     121/200 60.5%  wrong 20 (10.0%)
 *  1365 dac-san-muong-la           181/199 91.0%  wrong  8 (4.0%)     161/199 80.9%  wrong 18 (9.0%)
 *  1366 det-dui-nam-cao            177/197 89.8%  wrong  2 (1.0%)     135/197 68.5%  wrong 25 (12.7%)
 *  1367 do-go-huu-bang             165/185 89.2%  wrong  8 (4.3%)     125/185 67.6%  wrong 26 (14.1%)
 *  1368 dong-dai-bai-5             176/200 88.0%  wrong  9 (4.5%)     138/200 69.0%  wrong 25 (12.5%)
 *  1369 dong-phuoc-kieu-3          171/195 87.7%  wrong  3 (1.5%)     129/195 66.2%  wrong 12 (6.2%)
 *  1370 gom-chu-dau-3              169/196 86.2%  wrong  6 (3.1%)     128/196 65.3%  wrong 30 (15.3%)
 *  1371 hai-san-canh-duong-2       183/195 93.8%  wrong  6 (3.1%)     123/195 63.1%  wrong 12 (6.2%)
 *  1372 lap-xuong-can-giuoc        168/195 86.2%  wrong 10 (5.1%)     131/195 67.2%  wrong 32 (16.4%)
 *  1373 lua-tra-bao-loc            183/196 93.4%  wrong  7 (3.6%)     138/196 70.4%  wrong 32 (16.3%)
 *  1374 may-tre-phu-vinh-7         178/195 91.3%  wrong  3 (1.5%)     144/195 73.8%  wrong 24 (12.3%)
 *  1375 muoi-vinh-trach            171/193 88.6%  wrong 10 (5.2%)     123/193 63.7%  wrong 25 (13.0%)
 *  1376 nong-san-dak-song          170/197 86.3%  wrong 13 (6.6%)     143/197 72.6%  wrong 31 (15.7%)
 *  1377 tien-go-nhi-khe-2          185/197 93.9%  wrong  4 (2.0%)     130/197 66.0%  wrong 32 (16.2%)
 *  1378 trai-cay-hoa-loc           159/194 82.0%  wrong 16 (8.2%)     132/194 68.0%  wrong 32 (16.5%)
 *      sets 1363-1378           2778/3127 88.8% wrong 118 (3.8%)    2135/3127 68.3% wrong 400 (12.8%)
 *      (sets 1363-1378, first run at commit 261d704, seven rules in (the three before, then: an order told later
 *       or decided on first, "để e xin ý kiến sếp đã"; "thêm bó sen trắng nữa" is one more; "2 ngàn rưỡi viên"
 *       counts pieces); same run, the parser of 9a070de (the session's start): 2775/3127 88.7%, wrong 121 (3.9%).
 *       Written from the same brief. Seven sets reused an older set's name; their files were renamed
 *       hai-san-canh-duong-2, may-tre-phu-vinh-7, dong-dai-bai-5, chuon-chuon-tre-thach-xa-2, dong-phuoc-kieu-3 and
 *       tien-go-nhi-khe-2 before the run, their content unchanged, and gom-chu-dau-3, whose writer also set its slug to
 *       that name.)
 *  1379 am-chen-bat-trang-2        163/188 86.7%  wrong  8 (4.3%)     140/188 74.5%  wrong 22 (11.7%)
 *  1380 cay-canh-van-giang-2       175/192 91.1%  wrong  8 (4.2%)     133/192 69.3%  wrong 23 (12.0%)
 *  1381 cay-giong-cai-mon-2        177/196 90.3%  wrong  8 (4.1%)     148/196 75.5%  wrong 31 (15.8%)
 *  1382 dac-san-mau-son            166/193 86.0%  wrong 12 (6.2%)     147/193 76.2%  wrong 26 (13.5%)
 *  1383 do-tho-son-dong-3          182/199 91.5%  wrong  5 (2.5%)     159/199 79.9%  wrong 20 (10.1%)
 *  1384 gio-cha-ga-doi-tam-duong   174/196 88.8%  wrong  9 (4.6%)     136/196 69.4%  wrong 22 (11.2%)
 *  1385 gom-tan-van-2              154/183 84.2%  wrong 11 (6.0%)     135/183 73.8%  wrong 24 (13.1%)
 *  1386 hai-san-hoang-phu          177/192 92.2%  wrong  5 (2.6%)     123/192 64.1%  wrong 17 (8.9%)
 *  1387 hoa-giay-thanh-tien-2      176/194 90.7%  wrong  6 (3.1%)     131/194 67.5%  wrong 27 (13.9%)
 *  1388 kham-trai-chuon-ngo        175/199 87.9%  wrong  7 (3.5%)     149/199 74.9%  wrong 20 (10.1%)
 *  1389 lua-co-chat                178/193 92.2%  wrong  6 (3.1%)     134/193 69.4%  wrong 29 (15.0%)
 *  1390 sen-que-nam-dan            183/199 92.0%  wrong  6 (3.0%)     145/199 72.9%  wrong 25 (12.6%)
 *  1391 tieu-mam-ham-ninh          173/191 90.6%  wrong  4 (2.1%)     132/191 69.1%  wrong 21 (11.0%)
 *  1392 toi-hanh-ly-son-3          182/197 92.4%  wrong  4 (2.0%)     144/197 73.1%  wrong 16 (8.1%)
 *  1393 tranh-dong-ho-4            156/196 79.6%  wrong 14 (7.1%)     142/196 72.4%  wrong 23 (11.7%)
 *  1394 tre-kien-thuy              187/197 94.9%  wrong  4 (2.0%)     154/197 78.2%  wrong 20 (10.2%)
 *      sets 1379-1394           2778/3105 89.5% wrong 117 (3.8%)    2252/3105 72.5% wrong 366 (11.8%)
 *      (sets 1379-1394, first run at commit 489e155, thirteen rules in (the seven before, then: "để e hỏi … đã" not
 *       after "còn"; complaints "mà nhận được …", "bị bung"; "bỏ mối" takes nothing back; "bớt lại còn N"; "sang
 *       tháng", "gần Tết"); same run, the parser of 9a070de (the session's start): 2777/3105 89.4%, wrong 118 (3.8%).
 *       Written from the same brief. Eight sets reused an older set's name; their files were renamed
 *       am-chen-bat-trang-2, cay-canh-van-giang-2, tranh-dong-ho-4, do-tho-son-dong-3, toi-hanh-ly-son-3, gom-tan-van-2,
 *       cay-giong-cai-mon-2 and hoa-giay-thanh-tien-2 before the run, their content unchanged.)
 *  1395 banh-trang-go-dau          174/191 91.1%  wrong  4 (2.1%)     140/191 73.3%  wrong 33 (17.3%)
 *  1396 ca-vat-lua-van-phuc        168/198 84.8%  wrong  8 (4.0%)     129/198 65.2%  wrong 18 (9.1%)
 *  1397 com-lang-vong-3            166/190 87.4%  wrong  8 (4.2%)     128/190 67.4%  wrong 35 (18.4%)
 *  1398 gom-huong-canh-5           168/196 85.7%  wrong  8 (4.1%)     127/196 64.8%  wrong 32 (16.3%)
 *  1399 gom-phuoc-tich-3           183/200 91.5%  wrong  7 (3.5%)     153/200 76.5%  wrong 28 (14.0%)
 *  1400 gom-tho-ha                 175/196 89.3%  wrong  3 (1.5%)     141/196 71.9%  wrong 18 (9.2%)
 *  1401 hanh-toi-gia-loc           178/196 90.8%  wrong  7 (3.6%)     142/196 72.4%  wrong 25 (12.8%)
 *  1402 kham-trai-chuyen-my-4      168/195 86.2%  wrong  7 (3.6%)     132/195 67.7%  wrong 28 (14.4%)
 *  1403 khom-mia-phung-hiep        163/193 84.5%  wrong 12 (6.2%)     130/193 67.4%  wrong 28 (14.5%)
 *  1404 mam-chau-doc-2             175/199 87.9%  wrong 11 (5.5%)     132/199 66.3%  wrong 36 (18.1%)
 *  1405 mien-dong-duong-lieu-2     174/198 87.9%  wrong  8 (4.0%)     140/198 70.7%  wrong 24 (12.1%)
 *  1406 ren-phuc-sen-3             181/196 92.3%  wrong  3 (1.5%)     133/196 67.9%  wrong 20 (10.2%)
 *  1407 ruou-bau-da-cu-lam         171/194 88.1%  wrong  6 (3.1%)     132/194 68.0%  wrong 30 (15.5%)
 *  1408 tho-cam-mai-chau           172/191 90.1%  wrong  7 (3.7%)     150/191 78.5%  wrong 20 (10.5%)
 *  1409 tieu-me-cam-lo             179/197 90.9%  wrong  8 (4.1%)     143/197 72.6%  wrong 25 (12.7%)
 *  1410 tra-ca-phe-cau-dat-2       185/195 94.9%  wrong  2 (1.0%)     155/195 79.5%  wrong 11 (5.6%)
 *      sets 1395-1410           2780/3125 89.0% wrong 109 (3.5%)    2207/3125 70.6% wrong 411 (13.2%)
 *      (sets 1395-1410, first run at commit 5a617e9, fifteen rules in (the thirteen before, then: "sang tháng", "gần
 *       Tết" told ahead as a pair; "lần này lấy gấp đôi" where a name has "đôi"); same run, the parser of 9a070de (the
 *       session's start): 2776/3125 88.8%, wrong 111 (3.6%). Written from the same brief. Eight sets reused an older
 *       set's name; their files were renamed mam-chau-doc-2, mien-dong-duong-lieu-2, gom-phuoc-tich-3,
 *       kham-trai-chuyen-my-4, ren-phuc-sen-3, tra-ca-phe-cau-dat-2, com-lang-vong-3 and gom-huong-canh-5 before the
 *       run, their content unchanged.)
 *  1411 bac-dong-xam-4             164/198 82.8%  wrong 16 (8.1%)     122/198 61.6%  wrong 35 (17.7%)
 *  1412 banh-pia-vung-thom-4       155/198 78.3%  wrong  7 (3.5%)     120/198 60.6%  wrong 38 (19.2%)
 *  1413 chau-canh-bat-trang        175/195 89.7%  wrong  6 (3.1%)     134/195 68.7%  wrong 29 (14.9%)
 *  1414 cho-noi-cai-rang           181/196 92.3%  wrong  3 (1.5%)     145/196 74.0%  wrong 22 (11.2%)
 *  1415 dua-mo-cay-2               178/191 93.2%  wrong  3 (1.6%)     133/191 69.6%  wrong 30 (15.7%)
 *  1416 ga-dong-tao-2              170/199 85.4%  wrong 13 (6.5%)     120/199 60.3%  wrong 28 (14.1%)
 *  1417 go-my-nghe-phu-khe         172/198 86.9%  wrong  5 (2.5%)     131/198 66.2%  wrong 33 (16.7%)
 *  1418 gom-thanh-ha-5             170/195 87.2%  wrong  7 (3.6%)     146/195 74.9%  wrong 23 (11.8%)
 *  1419 hai-san-kho-mui-ne         179/197 90.9%  wrong  9 (4.6%)     144/197 73.1%  wrong 18 (9.1%)
 *  1420 hoa-tay-tuu-3              171/200 85.5%  wrong  7 (3.5%)     118/200 59.0%  wrong 41 (20.5%)
 *  1421 huong-quang-phu-cau-3      174/199 87.4%  wrong  9 (4.5%)     128/199 64.3%  wrong 32 (16.1%)
 *  1422 may-tre-phu-vinh-8         171/189 90.5%  wrong  9 (4.8%)     141/189 74.6%  wrong 19 (10.1%)
 *  1423 ren-van-chang              173/196 88.3%  wrong  4 (2.0%)     138/196 70.4%  wrong 22 (11.2%)
 *  1424 son-mai-trong-nhat-tan     172/198 86.9%  wrong 13 (6.6%)     136/198 68.7%  wrong 32 (16.2%)
 *  1425 tho-cam-ta-van             174/198 87.9%  wrong  5 (2.5%)     152/198 76.8%  wrong 18 (9.1%)
 *  1426 vai-thieu-thanh-ha-3       171/190 90.0%  wrong  7 (3.7%)     144/190 75.8%  wrong 21 (11.1%)
 *      sets 1411-1426           2750/3137 87.7% wrong 123 (3.9%)    2152/3137 68.6% wrong 441 (14.1%)
 *      (sets 1411-1426, first run at commit 7606d6e, nineteen rules in (the fifteen before, then: "thôi bỏ cái chàm
 *       đi" takes the whole line; "e qua lấy" is to come over; "giờ hỏi giá trước"; "bị bục"); same run, the parser of
 *       9a070de (the session's start): 2749/3137 87.6%, wrong 124 (4.0%). Written from the same brief. Nine sets reused
 *       an older set's name; their files were renamed hoa-tay-tuu-3, banh-pia-vung-thom-4, ga-dong-tao-2,
 *       gom-thanh-ha-5, bac-dong-xam-4, dua-mo-cay-2, huong-quang-phu-cau-3, may-tre-phu-vinh-8 and
 *       vai-thieu-thanh-ha-3 before the run, their content unchanged.)
 *  1427 banh-ep-phu-hoa            171/189 90.5%  wrong  5 (2.6%)     130/189 68.8%  wrong 15 (7.9%)
 *  1428 cay-canh-phung-cong        177/196 90.3%  wrong  3 (1.5%)     128/196 65.3%  wrong 17 (8.7%)
 *  1429 che-mat-ong-dai-tu         177/197 89.8%  wrong  8 (4.1%)     145/197 73.6%  wrong 20 (10.2%)
 *  1430 da-vang-kieu-ky            173/192 90.1%  wrong  6 (3.1%)     131/192 68.2%  wrong 25 (13.0%)
 *  1431 de-ruou-gia-vien           182/199 91.5%  wrong  5 (2.5%)     154/199 77.4%  wrong 26 (13.1%)
 *  1432 dinh-dong-nam-truc         187/199 94.0%  wrong  2 (1.0%)     162/199 81.4%  wrong 19 (9.5%)
 *  1433 do-ngu-lua-van-phuc        172/193 89.1%  wrong  3 (1.6%)     130/193 67.4%  wrong 15 (7.8%)
 *  1434 hai-san-bao-ninh           182/193 94.3%  wrong  3 (1.6%)     135/193 69.9%  wrong 24 (12.4%)
 *  1435 keo-lac-cam-xuyen          176/199 88.4%  wrong  7 (3.5%)     135/199 67.8%  wrong 22 (11.1%)
 *  1436 mat-ong-chuoi-say-ea-tu    183/200 91.5%  wrong  8 (4.0%)     140/200 70.0%  wrong 20 (10.0%)
 *  1437 quat-non-truong-yen        179/195 91.8%  wrong  8 (4.1%)     146/195 74.9%  wrong 23 (11.8%)
 *  1438 ruou-banh-dinh-bang        157/192 81.8%  wrong 11 (5.7%)     123/192 64.1%  wrong 32 (16.7%)
 *  1439 ruou-mo-mia-my-duc         171/193 88.6%  wrong 11 (5.7%)     135/193 69.9%  wrong 32 (16.6%)
 *  1440 sa-sung-van-don            185/195 94.9%  wrong  3 (1.5%)     152/195 77.9%  wrong 13 (6.7%)
 *  1441 son-mai-ha-thai-6          171/195 87.7%  wrong  8 (4.1%)     132/195 67.7%  wrong 19 (9.7%)
 *  1442 son-mai-tuong-binh-hiep-3  178/198 89.9%  wrong  4 (2.0%)     136/198 68.7%  wrong 17 (8.6%)
 *      sets 1427-1442           2821/3125 90.3% wrong 95 (3.0%)    2214/3125 70.8% wrong 339 (10.8%)
 *      (sets 1427-1442, first run at commit 2452e46, that session's final parser, twenty-six rules in (the nineteen
 *       before, then: "để anh báo lại sau", "nhưng chưa chốt", "có thì báo e" after a number; "để lần sau" takes a line
 *       back; "mà mới nhận 2"; "29 Tết"; "đặt lại đơn cũ"); same run, the parser of 9a070de (the session's start):
 *       2819/3125 90.2%, wrong 97 (3.1%). Written from the same brief. Two sets reused an older set's name; their files
 *       were renamed son-mai-ha-thai-6 and son-mai-tuong-binh-hiep-3 before the run, their content unchanged.)
 *  1443 chuon-chuon-thach-xa       182/197 92.4%  wrong  2 (1.0%)     118/197 59.9%  wrong 21 (10.7%)
 *  1444 dac-san-ham-ninh-3         172/191 90.1%  wrong  7 (3.7%)     127/191 66.5%  wrong 15 (7.9%)
 *  1445 gao-tom-kho-can-duoc       174/198 87.9%  wrong  4 (2.0%)     146/198 73.7%  wrong 20 (10.1%)
 *  1446 gom-chu-dau-4              167/186 89.8%  wrong  4 (2.2%)     133/186 71.5%  wrong 21 (11.3%)
 *  1447 gom-thanh-ha-6             178/197 90.4%  wrong  5 (2.5%)     142/197 72.1%  wrong 24 (12.2%)
 *  1448 hanh-toi-vinh-chau         162/194 83.5%  wrong  4 (2.1%)     131/194 67.5%  wrong 20 (10.3%)
 *  1449 hat-de-trung-khanh-2       175/191 91.6%  wrong  5 (2.6%)     151/191 79.1%  wrong 15 (7.9%)
 *  1450 hoa-kieng-sa-dec-2         179/198 90.4%  wrong  6 (3.0%)     135/198 68.2%  wrong 29 (14.6%)
 *  1451 keo-dua-mo-cay-5           169/192 88.0%  wrong  7 (3.6%)     129/192 67.2%  wrong 30 (15.6%)
 *  1452 kham-trai-chuyen-my-5      184/200 92.0%  wrong  4 (2.0%)     159/200 79.5%  wrong 10 (5.0%)
 *  1453 lua-nha-xa-3               177/190 93.2%  wrong  2 (1.1%)     151/190 79.5%  wrong 16 (8.4%)
 *  1454 non-la-huong-non           173/195 88.7%  wrong  4 (2.1%)     137/195 70.3%  wrong 28 (14.4%)
 *  1455 nuoc-mam-hoang-hoa         170/199 85.4%  wrong 11 (5.5%)     114/199 57.3%  wrong 33 (16.6%)
 *  1456 ren-da-sy-3                175/191 91.6%  wrong  5 (2.6%)     145/191 75.9%  wrong 27 (14.1%)
 *  1457 tra-lua-bao-loc            173/196 88.3%  wrong 12 (6.1%)     149/196 76.0%  wrong 32 (16.3%)
 *  1458 vai-thieu-phuong-son       155/198 78.3%  wrong  5 (2.5%)     130/198 65.7%  wrong 24 (12.1%)
 *      sets 1443-1458           2765/3113 88.8% wrong 87 (2.8%)    2197/3113 70.6% wrong 365 (11.7%)
 *      (sets 1443-1458, first run at commit 5c7ab64, two rules in (a province or a city after a verb of sending is
 *       an address; "con ko" before the clause's end asks after the goods); same run, the parser of aff0544 (the
 *       session's start): 2765/3113 88.8%, wrong 87 (2.8%). Written from the same brief. Nine sets reused an older
 *       set's name; their files were renamed kham-trai-chuyen-my-5, lua-nha-xa-3, hoa-kieng-sa-dec-2, gom-chu-dau-4,
 *       hat-de-trung-khanh-2, gom-thanh-ha-6, dac-san-ham-ninh-3, keo-dua-mo-cay-5 and ren-da-sy-3 before the run,
 *       their content unchanged.)
 *  1459 ao-dai-van-phuc            175/200 87.5%  wrong  7 (3.5%)     149/200 74.5%  wrong 22 (11.0%)
 *  1460 dac-san-u-minh             174/193 90.2%  wrong  5 (2.6%)     153/193 79.3%  wrong 21 (10.9%)
 *  1461 gom-men-bat-trang-3        180/195 92.3%  wrong  2 (1.0%)     149/195 76.4%  wrong 14 (7.2%)
 *  1462 gom-phu-lang-5             183/198 92.4%  wrong  8 (4.0%)     158/198 79.8%  wrong 14 (7.1%)
 *  1463 huong-quang-phu-cau-4      178/192 92.7%  wrong  5 (2.6%)     143/192 74.5%  wrong 15 (7.8%)
 *  1464 khom-buoi-vi-thuy          176/197 89.3%  wrong  7 (3.6%)     140/197 71.1%  wrong 29 (14.7%)
 *  1465 mam-kho-chau-doc-2         175/195 89.7%  wrong  4 (2.1%)     137/195 70.3%  wrong 31 (15.9%)
 *  1466 may-tre-phu-vinh-9         179/196 91.3%  wrong  6 (3.1%)     148/196 75.5%  wrong 22 (11.2%)
 *  1467 nong-san-moc-chau-2        174/191 91.1%  wrong  9 (4.7%)     144/191 75.4%  wrong 22 (11.5%)
 *  1468 sen-que-nam-dan-2          174/195 89.2%  wrong 10 (5.1%)     133/195 68.2%  wrong 32 (16.4%)
 *  1469 tam-giac-mach-dong-van     177/192 92.2%  wrong  6 (3.1%)     139/192 72.4%  wrong 24 (12.5%)
 *  1470 thanh-tien-me-xung-hue     173/197 87.8%  wrong  9 (4.6%)     137/197 69.5%  wrong 29 (14.7%)
 *  1471 toi-hanh-ly-son-4          175/194 90.2%  wrong  6 (3.1%)     134/194 69.1%  wrong 35 (18.0%)
 *  1472 tranh-dong-ho-5            166/192 86.5%  wrong  9 (4.7%)     132/192 68.8%  wrong 23 (12.0%)
 *  1473 tuong-go-bao-ha-2          181/196 92.3%  wrong  5 (2.6%)     148/196 75.5%  wrong 26 (13.3%)
 *  1474 yen-sao-kho-ca-ninh-hoa    165/197 83.8%  wrong 18 (9.1%)     128/197 65.0%  wrong 39 (19.8%)
 *      sets 1459-1474           2805/3120 89.9% wrong 116 (3.7%)    2272/3120 72.8% wrong 398 (12.8%)
 *      (sets 1459-1474, first run at commit 4230c66, four rules in (the two before, then: "lấy mấy cái …" after a verb
 *       of ordering is a few, asked; "lấy như lần trước" with nothing of that order told asks); same run, the parser
 *       of aff0544 (the session's start): 2793/3120 89.5%, wrong 116 (3.7%). Written from the same brief. Ten sets
 *       reused an older set's name; their files were renamed gom-men-bat-trang-3, mam-kho-chau-doc-2,
 *       may-tre-phu-vinh-9, sen-que-nam-dan-2, tranh-dong-ho-5, tuong-go-bao-ha-2, gom-phu-lang-5, toi-hanh-ly-son-4,
 *       huong-quang-phu-cau-4 and nong-san-moc-chau-2 before the run, their content unchanged.)
 *  1475 banh-trang-trai-cay-cai-be 176/196 89.8%  wrong  6 (3.1%)     152/196 77.6%  wrong 24 (12.2%)
 *  1476 ca-phe-khe-sanh-2          183/192 95.3%  wrong  4 (2.1%)     142/192 74.0%  wrong 24 (12.5%)
 *  1477 chan-ga-lua-van-phuc       178/197 90.4%  wrong  6 (3.0%)     136/197 69.0%  wrong 21 (10.7%)
 *  1478 coi-kim-son-8              178/198 89.9%  wrong  9 (4.5%)     148/198 74.7%  wrong 23 (11.6%)
 *  1479 coi-nguyen-xa              178/197 90.4%  wrong  8 (4.1%)     151/197 76.6%  wrong 28 (14.2%)
 *  1480 dac-san-phan-thiet-2       180/199 90.5%  wrong  5 (2.5%)     124/199 62.3%  wrong 28 (14.1%)
 *  1481 dac-san-tuy-hoa            176/191 92.1%  wrong  6 (3.1%)     129/191 67.5%  wrong 21 (11.0%)
 *  1482 den-long-may-do-hoi-an     161/192 83.9%  wrong  9 (4.7%)     139/192 72.4%  wrong 27 (14.1%)
 *  1483 do-nghe-moc-nhi-khe        175/195 89.7%  wrong  7 (3.6%)     139/195 71.3%  wrong 25 (12.8%)
 *  1484 go-phu-khe                 170/197 86.3%  wrong 10 (5.1%)     130/197 66.0%  wrong 30 (15.2%)
 *  1485 gom-kim-lan-2              175/199 87.9%  wrong  4 (2.0%)     139/199 69.8%  wrong 22 (11.1%)
 *  1486 hai-san-kho-sam-son        172/199 86.4%  wrong  8 (4.0%)     133/199 66.8%  wrong 22 (11.1%)
 *  1487 nong-san-trai-mat          181/199 91.0%  wrong  6 (3.0%)     139/199 69.8%  wrong 26 (13.1%)
 *  1488 tho-cam-ta-phin            170/193 88.1%  wrong  7 (3.6%)     141/193 73.1%  wrong 25 (13.0%)
 *  1489 to-lua-co-chat-2           173/191 90.6%  wrong  4 (2.1%)     133/191 69.6%  wrong 24 (12.6%)
 *  1490 toi-hanh-gia-loc           175/195 89.7%  wrong  6 (3.1%)     128/195 65.6%  wrong 24 (12.3%)
 *      sets 1475-1490           2801/3130 89.5% wrong 105 (3.4%)    2203/3130 70.4% wrong 394 (12.6%)
 *      (sets 1475-1490, first run at commit da541f2, seven rules in (the four before, then: "vài chậu …" where the goods
 *       are sold by the "chậu" their names head; "3, 4 cái gì đó" leaves the amount open; the number before it only when
 *       taken); same run, the parser of aff0544 (the session's start): 2785/3130 89.0%, wrong 106 (3.4%). Written from
 *       the same brief. Five sets reused an older set's name; their files were renamed to-lua-co-chat-2,
 *       dac-san-phan-thiet-2, gom-kim-lan-2, ca-phe-khe-sanh-2 and coi-kim-son-8 before the run, their content
 *       unchanged.)
 *  1491 ban-lac-mai-chau           182/197 92.4%  wrong  3 (1.5%)     161/197 81.7%  wrong 14 (7.1%)
 *  1492 bun-banh-cuon-dong-ngac    171/195 87.7%  wrong  7 (3.6%)     139/195 71.3%  wrong 25 (12.8%)
 *  1493 cha-muc-ha-long-3          176/195 90.3%  wrong  7 (3.6%)     127/195 65.1%  wrong 21 (10.8%)
 *  1494 dac-san-ba-be-2            178/195 91.3%  wrong 10 (5.1%)     153/195 78.5%  wrong 20 (10.3%)
 *  1495 den-long-thanh-oai         181/197 91.9%  wrong  6 (3.0%)     132/197 67.0%  wrong 34 (17.3%)
 *  1496 dua-chieu-tam-quan         177/198 89.4%  wrong  8 (4.0%)     145/198 73.2%  wrong 25 (12.6%)
 *  1497 gach-gom-mang-thit-4       160/195 82.1%  wrong 10 (5.1%)     121/195 62.1%  wrong 34 (17.4%)
 *  1498 gom-den-bat-trang          171/195 87.7%  wrong  8 (4.1%)     143/195 73.3%  wrong 18 (9.2%)
 *  1499 mat-ong-ky-anh             183/200 91.5%  wrong  7 (3.5%)     144/200 72.0%  wrong 23 (11.5%)
 *  1500 nho-vang-phan-rang         170/193 88.1%  wrong  5 (2.6%)     135/193 69.9%  wrong 23 (11.9%)
 *  1501 non-banh-phu-cam           185/200 92.5%  wrong  5 (2.5%)     130/200 65.0%  wrong 38 (19.0%)
 *  1502 que-tieu-que-son           178/188 94.7%  wrong  3 (1.6%)     157/188 83.5%  wrong 18 (9.6%)
 *  1503 ren-van-trang              180/200 90.0%  wrong  5 (2.5%)     140/200 70.0%  wrong 24 (12.0%)
 *  1504 trai-cay-long-khanh-3      179/194 92.3%  wrong  6 (3.1%)     130/194 67.0%  wrong 34 (17.5%)
 *  1505 tre-truc-xuan-lai          183/197 92.9%  wrong  4 (2.0%)     157/197 79.7%  wrong 19 (9.6%)
 *  1506 tuong-tho-son-dong         177/200 88.5%  wrong 10 (5.0%)     129/200 64.5%  wrong 33 (16.5%)
 *      sets 1491-1506           2831/3139 90.2% wrong 104 (3.3%)    2243/3139 71.5% wrong 403 (12.8%)
 *      (sets 1491-1506, first run at commit 830d3fe, eleven rules in (the seven before, then: an alias with its grade
 *       in words, "hành tím loại 1", said word for word; "…, chia 5 túi mỗi túi 1 ký" says how to pack; "… với ít
 *       quýt đường" asks how much); same run, the parser of aff0544 (the session's start): 2816/3139 89.7%, wrong 104
 *       (3.3%). Written from the same brief. Four sets reused an older set's name; their files were renamed
 *       cha-muc-ha-long-3, gach-gom-mang-thit-4, trai-cay-long-khanh-3 and dac-san-ba-be-2 before the run, their
 *       content unchanged.)
 *  1507 bac-dong-xam-5             181/200 90.5%  wrong  5 (2.5%)     150/200 75.0%  wrong 28 (14.0%)
 *  1508 banh-da-gom-tho-ha         178/200 89.0%  wrong 12 (6.0%)     150/200 75.0%  wrong 22 (11.0%)
 *  1509 banh-gai-ninh-giang-3      169/194 87.1%  wrong  9 (4.6%)     129/194 66.5%  wrong 25 (12.9%)
 *  1510 dac-san-mau-son-2          184/197 93.4%  wrong  4 (2.0%)     125/197 63.5%  wrong 19 (9.6%)
 *  1511 dac-san-pleiku             179/197 90.9%  wrong  6 (3.0%)     141/197 71.6%  wrong 19 (9.6%)
 *  1512 do-go-dong-ky-4            177/198 89.4%  wrong  8 (4.0%)     140/198 70.7%  wrong 27 (13.6%)
 *  1513 do-go-huu-bang-2           172/196 87.8%  wrong  5 (2.6%)     122/196 62.2%  wrong 24 (12.2%)
 *  1514 gia-dung-phung-xa          166/194 85.6%  wrong 11 (5.7%)     129/194 66.5%  wrong 20 (10.3%)
 *  1515 hai-san-cua-lo             180/198 90.9%  wrong  8 (4.0%)     133/198 67.2%  wrong 23 (11.6%)
 *  1516 hu-tieu-cai-rang           178/194 91.8%  wrong  9 (4.6%)     145/194 74.7%  wrong 34 (17.5%)
 *  1517 mach-nha-mo-duc            163/191 85.3%  wrong 11 (5.8%)     115/191 60.2%  wrong 36 (18.8%)
 *  1518 mang-cut-lai-thieu         179/195 91.8%  wrong  4 (2.1%)     138/195 70.8%  wrong 28 (14.4%)
 *  1519 muoi-tom-banh-trang-tay-ninh 185/200 92.5%  wrong  8 (4.0%)     161/200 80.5%  wrong 22 (11.0%)
 *  1520 non-la-ngoc-dong           173/197 87.8%  wrong  4 (2.0%)     141/197 71.6%  wrong 22 (11.2%)
 *  1521 theu-ren-tri-thuy          175/198 88.4%  wrong  4 (2.0%)     138/198 69.7%  wrong 26 (13.1%)
 *  1522 theu-van-lam               175/197 88.8%  wrong 11 (5.6%)     142/197 72.1%  wrong 28 (14.2%)
 *      sets 1507-1522           2814/3146 89.4% wrong 119 (3.8%)    2199/3146 69.9% wrong 403 (12.8%)
 *      (sets 1507-1522, first run at commit cf1ad0b, fifteen rules in (the eleven before, then: "2 khăn chàm và mấy
 *       cái móc khóa", "mấy trăm viên"; "nhung đỏ vài mét"; "…, loại nào ngon" with no amount asks nothing); same run,
 *       the parser of aff0544 (the session's start): 2804/3146 89.1%, wrong 120 (3.8%). Written from the same brief.
 *       Five sets reused an older set's name; their files were renamed do-go-huu-bang-2, do-go-dong-ky-4,
 *       dac-san-mau-son-2, bac-dong-xam-5 and banh-gai-ninh-giang-3 before the run, their content unchanged.)
 *  1523 banh-pia-vung-thom-5       172/188 91.5%  wrong  3 (1.6%)     122/188 64.9%  wrong 25 (13.3%)
 *  1524 cay-giong-cai-mon-3        181/195 92.8%  wrong  7 (3.6%)     142/195 72.8%  wrong 31 (15.9%)
 *  1525 chieu-coi-nga-son-4        180/194 92.8%  wrong  6 (3.1%)     149/194 76.8%  wrong 28 (14.4%)
 *  1526 dac-san-cat-ba             174/191 91.1%  wrong  7 (3.7%)     138/191 72.3%  wrong 19 (9.9%)
 *  1527 dan-len-da-lat             171/197 86.8%  wrong  9 (4.6%)     126/197 64.0%  wrong 27 (13.7%)
 *  1528 do-choi-go-van-canh        175/194 90.2%  wrong  4 (2.1%)     144/194 74.2%  wrong 23 (11.9%)
 *  1529 duc-dong-tong-xa           167/192 87.0%  wrong  6 (3.1%)     142/192 74.0%  wrong 25 (13.0%)
 *  1530 duoc-lieu-dai-yen          173/191 90.6%  wrong 12 (6.3%)     130/191 68.1%  wrong 34 (17.8%)
 *  1531 gom-phu-lang-6             166/193 86.0%  wrong  6 (3.1%)     137/193 71.0%  wrong 23 (11.9%)
 *  1532 gom-phuoc-tich-4           179/197 90.9%  wrong  4 (2.0%)     133/197 67.5%  wrong 21 (10.7%)
 *  1533 nhan-sen-pho-hien          176/194 90.7%  wrong  4 (2.1%)     140/194 72.2%  wrong 21 (10.8%)
 *  1534 non-la-lang-chuong-7       183/196 93.4%  wrong  6 (3.1%)     144/196 73.5%  wrong 27 (13.8%)
 *  1535 nong-san-mang-den          173/188 92.0%  wrong  7 (3.7%)     140/188 74.5%  wrong 22 (11.7%)
 *  1536 nuoc-mam-muc-kho-bao-ninh  167/196 85.2%  wrong 12 (6.1%)     119/196 60.7%  wrong 33 (16.8%)
 *  1537 nuoc-mam-nam-o-2           174/191 91.1%  wrong 10 (5.2%)     126/191 66.0%  wrong 18 (9.4%)
 *  1538 vai-ninh-hiep-2            183/197 92.9%  wrong  6 (3.0%)     150/197 76.1%  wrong 20 (10.2%)
 *      sets 1523-1538           2794/3094 90.3% wrong 109 (3.5%)    2182/3094 70.5% wrong 397 (12.8%)
 *      (sets 1523-1538, first run at commit b0b08a2, twenty-one rules in (the fifteen before, then: "chắc e lấy …" what
 *       the customer may buy; "ck rồi" a payment notice; "ship bánh gai vào được không?"; "3 ngàn gạch ống"; "loại
 *       vừa" the middle one of three; "thôi bỏ," taking back); same run, the parser of aff0544 (the session's start):
 *       2769/3094 89.5%, wrong 111 (3.6%). Written from the same brief; one helper of the eight stopped without its
 *       files, and a ninth wrote its pair of shops in its place. Eight sets reused an older set's name; their files were
 *       renamed non-la-lang-chuong-7, gom-phu-lang-6, cay-giong-cai-mon-3, vai-ninh-hiep-2, chieu-coi-nga-son-4,
 *       nuoc-mam-nam-o-2, gom-phuoc-tich-4 and banh-pia-vung-thom-5 before the run, their content unchanged.)
 *  1539 banh-cuoi-dinh-bang-2      172/186 92.5%  wrong  3 (1.6%)     126/186 67.7%  wrong 23 (12.4%)
 *  1540 dac-san-cam-ranh           179/194 92.3%  wrong  6 (3.1%)     133/194 68.6%  wrong 24 (12.4%)
 *  1541 dac-san-mu-cang-chai       179/198 90.4%  wrong  6 (3.0%)     151/198 76.3%  wrong 21 (10.6%)
 *  1542 dac-san-muong-lac-son      173/195 88.7%  wrong  9 (4.6%)     126/195 64.6%  wrong 27 (13.8%)
 *  1543 day-nam-cao                172/193 89.1%  wrong  8 (4.1%)     131/193 67.9%  wrong 24 (12.4%)
 *  1544 duc-dong-thanh-thuy-2      173/197 87.8%  wrong  5 (2.5%)     135/197 68.5%  wrong 23 (11.7%)
 *  1545 hop-khay-go-phu-khe        172/197 87.3%  wrong 13 (6.6%)     128/197 65.0%  wrong 31 (15.7%)
 *  1546 hu-tieu-keo-dua-my-tho     175/194 90.2%  wrong  8 (4.1%)     142/194 73.2%  wrong 25 (12.9%)
 *  1547 kho-nam-can                177/197 89.8%  wrong  6 (3.0%)     138/197 70.1%  wrong 24 (12.2%)
 *  1548 long-vu-trieu-khuc-3       181/197 91.9%  wrong  2 (1.0%)     154/197 78.2%  wrong 18 (9.1%)
 *  1549 mam-banh-nghi-loc          177/198 89.4%  wrong  9 (4.5%)     126/198 63.6%  wrong 29 (14.6%)
 *  1550 moc-kim-bong-5             175/196 89.3%  wrong  7 (3.6%)     130/196 66.3%  wrong 35 (17.9%)
 *  1551 nong-san-gia-nghia         170/194 87.6%  wrong  7 (3.6%)     138/194 71.1%  wrong 29 (14.9%)
 *  1552 ren-ly-nhan                180/198 90.9%  wrong  7 (3.5%)     151/198 76.3%  wrong 24 (12.1%)
 *  1553 son-mai-ha-thai-7          174/197 88.3%  wrong  8 (4.1%)     140/197 71.1%  wrong 24 (12.2%)
 *  1554 thot-not-tri-ton           174/200 87.0%  wrong  7 (3.5%)     137/200 68.5%  wrong 29 (14.5%)
 *      sets 1539-1554           2803/3131 89.5% wrong 111 (3.5%)    2186/3131 69.8% wrong 410 (13.1%)
 *      (sets 1539-1554, first run at commit be657b4, the session's final parser, twenty-two rules in (the twenty-one
 *       before, then: "ck rồi" after goods with their amount in the same clause orders them); same run, the parser
 *       of aff0544 (the session's start): 2774/3131 88.6%, wrong 114 (3.6%). Written from the same brief. Five sets
 *       reused an older set's name; their files were renamed long-vu-trieu-khuc-3, duc-dong-thanh-thuy-2,
 *       moc-kim-bong-5, banh-cuoi-dinh-bang-2 and son-mai-ha-thai-7 before the run, their content unchanged.)
 *  1555 buoi-phuc-trach            180/199 90.5%  wrong  8 (4.0%)     135/199 67.8%  wrong 39 (19.6%)
 *  1556 buoi-tan-trieu-da-buu-long 181/192 94.3%  wrong  3 (1.6%)     155/192 80.7%  wrong 12 (6.2%)
 *  1557 che-long-coc-2             170/191 89.0%  wrong  7 (3.7%)     142/191 74.3%  wrong 19 (9.9%)
 *  1558 dac-san-bac-ha             174/186 93.5%  wrong  7 (3.8%)     138/186 74.2%  wrong 24 (12.9%)
 *  1559 dac-san-can-duoc           178/192 92.7%  wrong  6 (3.1%)     122/192 63.5%  wrong 20 (10.4%)
 *  1560 det-nhuom-xuan-lam         177/199 88.9%  wrong  8 (4.0%)     143/199 71.9%  wrong 27 (13.6%)
 *  1561 dua-sap-cau-ke             189/200 94.5%  wrong  4 (2.0%)     134/200 67.0%  wrong 35 (17.5%)
 *  1562 huong-quang-phu-cau-5      180/198 90.9%  wrong  4 (2.0%)     129/198 65.2%  wrong 29 (14.6%)
 *  1563 may-tre-dan-phu-vinh-3     182/193 94.3%  wrong  4 (2.1%)     143/193 74.1%  wrong 18 (9.3%)
 *  1564 my-nghiep-bau-truc         178/197 90.4%  wrong  7 (3.6%)     152/197 77.2%  wrong 25 (12.7%)
 *  1565 non-la-lang-chuong-8       177/196 90.3%  wrong  7 (3.6%)     149/196 76.0%  wrong 25 (12.8%)
 *  1566 nong-san-bien-ho-pleiku    174/194 89.7%  wrong  4 (2.1%)     140/194 72.2%  wrong 32 (16.5%)
 *  1567 son-mai-tuong-binh-hiep-4  176/188 93.6%  wrong  7 (3.7%)     133/188 70.7%  wrong 21 (11.2%)
 *  1568 toi-hanh-ly-son-5          182/198 91.9%  wrong  6 (3.0%)     138/198 69.7%  wrong 21 (10.6%)
 *  1569 trong-da-nhat-tan          186/200 93.0%  wrong  3 (1.5%)     158/200 79.0%  wrong 21 (10.5%)
 *  1570 vai-thieu-hong-giang       182/200 91.0%  wrong  8 (4.0%)     146/200 73.0%  wrong 18 (9.0%)
 *      sets 1555-1570           2866/3123 91.8% wrong 93 (3.0%)    2257/3123 72.3% wrong 386 (12.4%)
 *      (sets 1555-1570, first run at commit f619195, one rule in ("2 chai mắm 40 độ 500ml và 1 chai 1 lít": a counted
 *       container and a measure written apart name the sibling of the item before); same run, the parser of 31237f9
 *       (the session's start): 2866/3123 91.8%, wrong 93 (3.0%). Written from the same brief. Six sets reused an older
 *       set's name; their files were renamed non-la-lang-chuong-8, huong-quang-phu-cau-5, toi-hanh-ly-son-5,
 *       son-mai-tuong-binh-hiep-4, may-tre-dan-phu-vinh-3 and che-long-coc-2 before the run, their content unchanged.)
 *  1571 banh-trang-cai-be          175/190 92.1%  wrong  6 (3.2%)     139/190 73.2%  wrong 25 (13.2%)
 *  1572 ca-phe-ea-tu-4             182/198 91.9%  wrong  3 (1.5%)     140/198 70.7%  wrong 25 (12.6%)
 *  1573 cay-canh-vi-khe-3          185/198 93.4%  wrong  4 (2.0%)     136/198 68.7%  wrong 27 (13.6%)
 *  1574 che-tan-cuong-4            173/199 86.9%  wrong  5 (2.5%)     148/199 74.4%  wrong 20 (10.1%)
 *  1575 chuon-chuon-thach-xa-2     179/198 90.4%  wrong  7 (3.5%)     121/198 61.1%  wrong 26 (13.1%)
 *  1576 dac-san-do-luong           176/199 88.4%  wrong  5 (2.5%)     148/199 74.4%  wrong 22 (11.1%)
 *  1577 dac-san-mau-son-3          182/200 91.0%  wrong  6 (3.0%)     147/200 73.5%  wrong 22 (11.0%)
 *  1578 dac-san-phan-thiet-3       175/190 92.1%  wrong  4 (2.1%)     121/190 63.7%  wrong 22 (11.6%)
 *  1579 dat-vang-kieu-ky           174/196 88.8%  wrong  6 (3.1%)     139/196 70.9%  wrong 20 (10.2%)
 *  1580 gom-thanh-ha-7             176/197 89.3%  wrong  6 (3.0%)     142/197 72.1%  wrong 21 (10.7%)
 *  1581 lang-sinh-thanh-tien       170/200 85.0%  wrong 18 (9.0%)     138/200 69.0%  wrong 33 (16.5%)
 *  1582 may-tre-phu-nghia          165/190 86.8%  wrong  9 (4.7%)     136/190 71.6%  wrong 20 (10.5%)
 *  1583 moc-huu-bang               170/195 87.2%  wrong 11 (5.6%)     126/195 64.6%  wrong 22 (11.3%)
 *  1584 muoi-mam-kho-bac-lieu      172/200 86.0%  wrong  7 (3.5%)     139/200 69.5%  wrong 21 (10.5%)
 *  1585 tranh-dong-ho-6            176/197 89.3%  wrong  7 (3.6%)     151/197 76.6%  wrong 23 (11.7%)
 *  1586 vuon-trai-cay-phong-dien   183/196 93.4%  wrong  6 (3.1%)     144/196 73.5%  wrong 31 (15.8%)
 *      sets 1571-1586           2813/3143 89.5% wrong 110 (3.5%)    2215/3143 70.5% wrong 380 (12.1%)
 *      (sets 1571-1586, first run at commit 5b4eda3, two rules in (the one before, then: packs read from an amount
 *       only when the packs make it in one way); same run, the parser of 31237f9 (the session's start): 2810/3143
 *       89.4%, wrong 113 (3.6%). Written from the same brief. Eight sets reused an older set's name; their files were
 *       renamed dac-san-phan-thiet-3, ca-phe-ea-tu-4, cay-canh-vi-khe-3, dac-san-mau-son-3, chuon-chuon-thach-xa-2,
 *       che-tan-cuong-4, gom-thanh-ha-7 and tranh-dong-ho-6 before the run, their content unchanged.)
 *  1587 bac-cam-vu                 160/198 80.8%  wrong 14 (7.1%)     113/198 57.1%  wrong 35 (17.7%)
 *  1588 ca-phe-ho-tieu-khe-sanh    179/192 93.2%  wrong  4 (2.1%)     148/192 77.1%  wrong 26 (13.5%)
 *  1589 cham-dong-dong-xam         168/186 90.3%  wrong  9 (4.8%)     148/186 79.6%  wrong 22 (11.8%)
 *  1590 dac-san-ham-ninh-4         183/189 96.8%  wrong  1 (0.5%)     134/189 70.9%  wrong 27 (14.3%)
 *  1591 dac-san-trang-bang         172/191 90.1%  wrong  7 (3.7%)     134/191 70.2%  wrong 31 (16.2%)
 *  1592 do-go-dong-ky-5            179/195 91.8%  wrong  2 (1.0%)     143/195 73.3%  wrong 14 (7.2%)
 *  1593 gom-giang-cao-3            178/199 89.4%  wrong  3 (1.5%)     134/199 67.3%  wrong 32 (16.1%)
 *  1594 gom-tam-son                184/195 94.4%  wrong  3 (1.5%)     152/195 77.9%  wrong 17 (8.7%)
 *  1595 hat-de-trung-khanh-3       175/192 91.1%  wrong  5 (2.6%)     147/192 76.6%  wrong 18 (9.4%)
 *  1596 hoa-cha-bong-sa-dec        180/200 90.0%  wrong  2 (1.0%)     142/200 71.0%  wrong 22 (11.0%)
 *  1597 huong-non-thuy-xuan        165/188 87.8%  wrong  8 (4.3%)     119/188 63.3%  wrong 33 (17.6%)
 *  1598 keo-dua-mo-cay-6           176/197 89.3%  wrong  4 (2.0%)     143/197 72.6%  wrong 22 (11.2%)
 *  1599 mien-dong-duong-lieu-3     183/198 92.4%  wrong  4 (2.0%)     151/198 76.3%  wrong 21 (10.6%)
 *  1600 sua-man-moc-chau           169/189 89.4%  wrong  8 (4.2%)     139/189 73.5%  wrong 25 (13.2%)
 *  1601 theu-ren-van-lam           172/189 91.0%  wrong  7 (3.7%)     132/189 69.8%  wrong 26 (13.8%)
 *  1602 tho-cam-mai-chau-2         182/195 93.3%  wrong  3 (1.5%)     152/195 77.9%  wrong 20 (10.3%)
 *      sets 1587-1602           2805/3093 90.7% wrong 84 (2.7%)    2231/3093 72.1% wrong 391 (12.6%)
 *      (sets 1587-1602, first run at commit 5b4eda3 too, written beside the sets above and measured in the same
 *       hour, none of them tuned on; same run, the parser of 31237f9: 2796/3093 90.4%, wrong 93 (3.0%). Written from
 *       the same brief. Seven sets reused an older set's name; their files were renamed keo-dua-mo-cay-6,
 *       mien-dong-duong-lieu-3, dac-san-ham-ninh-4, do-go-dong-ky-5, tho-cam-mai-chau-2, hat-de-trung-khanh-3 and
 *       gom-giang-cao-3 before the run, their content unchanged.)
 *  1603 banh-da-tho-ha-5           177/200 88.5%  wrong  8 (4.0%)     156/200 78.0%  wrong 18 (9.0%)
 *  1604 che-tan-cuong-5            186/199 93.5%  wrong  4 (2.0%)     136/199 68.3%  wrong 22 (11.1%)
 *  1605 dac-san-cai-be             178/188 94.7%  wrong  4 (2.1%)     137/188 72.9%  wrong 24 (12.8%)
 *  1606 dac-san-dong-van-3         173/197 87.8%  wrong  8 (4.1%)     143/197 72.6%  wrong 19 (9.6%)
 *  1607 dac-san-trai-mat           171/191 89.5%  wrong  6 (3.1%)     122/191 63.9%  wrong 25 (13.1%)
 *  1608 gom-thanh-ha-8             169/192 88.0%  wrong  4 (2.1%)     132/192 68.8%  wrong 26 (13.5%)
 *  1609 hai-san-song-cau-3         178/196 90.8%  wrong  6 (3.1%)     143/196 73.0%  wrong 20 (10.2%)
 *  1610 huong-quang-phu-cau-6      177/195 90.8%  wrong  3 (1.5%)     138/195 70.8%  wrong 23 (11.8%)
 *  1611 may-tre-phu-vinh-10        175/197 88.8%  wrong  6 (3.0%)     137/197 69.5%  wrong 24 (12.2%)
 *  1612 nhan-long-pho-hien-4       179/197 90.9%  wrong  4 (2.0%)     145/197 73.6%  wrong 23 (11.7%)
 *  1613 non-la-lang-chuong-9       180/200 90.0%  wrong  8 (4.0%)     136/200 68.0%  wrong 19 (9.5%)
 *  1614 nong-san-ea-tu             185/199 93.0%  wrong  4 (2.0%)     150/199 75.4%  wrong 27 (13.6%)
 *  1615 ren-van-chang-2            184/197 93.4%  wrong  6 (3.0%)     147/197 74.6%  wrong 19 (9.6%)
 *  1616 son-mai-tuong-binh-hiep-5  176/199 88.4%  wrong 11 (5.5%)     128/199 64.3%  wrong 34 (17.1%)
 *  1617 theu-len-nhat-tuu          189/200 94.5%  wrong  6 (3.0%)     141/200 70.5%  wrong 19 (9.5%)
 *  1618 toi-hanh-ly-son-6          176/196 89.8%  wrong  7 (3.6%)     141/196 71.9%  wrong 23 (11.7%)
 *      sets 1603-1618           2853/3143 90.8% wrong 95 (3.0%)    2232/3143 71.0% wrong 365 (11.6%)
 *      (sets 1603-1618, first run at commit dcef7a5, one rule in (English "one" standing for the goods: "two small
 *       ones", "the 40cm ones"); same run, the parser of e06a08a (the session's start): 2852/3143 90.7%, wrong 95
 *       (3.0%). Written from the same brief. Twelve sets reused an older set's name; their files were renamed
 *       may-tre-phu-vinh-10, nhan-long-pho-hien-4, ren-van-chang-2, non-la-lang-chuong-9, toi-hanh-ly-son-6,
 *       banh-da-tho-ha-5, gom-thanh-ha-8, hai-san-song-cau-3, che-tan-cuong-5, huong-quang-phu-cau-6,
 *       dac-san-dong-van-3 and son-mai-tuong-binh-hiep-5 before the run, their content unchanged.)
 *  1619 coi-kim-son-9              183/197 92.9%  wrong  3 (1.5%)     152/197 77.2%  wrong 24 (12.2%)
 *  1620 coi-nga-son                172/189 91.0%  wrong  4 (2.1%)     128/189 67.7%  wrong 23 (12.2%)
 *  1621 dac-san-bay-nui            171/194 88.1%  wrong 12 (6.2%)     122/194 62.9%  wrong 43 (22.2%)
 *  1622 dac-san-ta-van             182/198 91.9%  wrong  4 (2.0%)     148/198 74.7%  wrong 24 (12.1%)
 *  1623 dac-san-vinh-chau          165/197 83.8%  wrong  7 (3.6%)     128/197 65.0%  wrong 40 (20.3%)
 *  1624 det-lua-van-phuc           164/187 87.7%  wrong  7 (3.7%)     133/187 71.1%  wrong 25 (13.4%)
 *  1625 gom-phu-lang-7             178/191 93.2%  wrong  5 (2.6%)     144/191 75.4%  wrong 23 (12.0%)
 *  1626 gom-su-bat-trang-2         180/200 90.0%  wrong  3 (1.5%)     145/200 72.5%  wrong 20 (10.0%)
 *  1627 hai-san-kho-do-son         182/197 92.4%  wrong  6 (3.0%)     130/197 66.0%  wrong 23 (11.7%)
 *  1628 huong-vang-ma-hien-nam     183/198 92.4%  wrong  7 (3.5%)     121/198 61.1%  wrong 40 (20.2%)
 *  1629 moc-kim-bong-6             179/199 89.9%  wrong 10 (5.0%)     151/199 75.9%  wrong 21 (10.6%)
 *  1630 nong-san-chu-a-pleiku      172/194 88.7%  wrong  9 (4.6%)     125/194 64.4%  wrong 26 (13.4%)
 *  1631 sen-que-nam-dan-3          174/194 89.7%  wrong  9 (4.6%)     142/194 73.2%  wrong 25 (12.9%)
 *  1632 tom-kho-rach-goc-4         181/200 90.5%  wrong  6 (3.0%)     146/200 73.0%  wrong 29 (14.5%)
 *  1633 tranh-sinh-thanh-tien      172/194 88.7%  wrong  8 (4.1%)     136/194 70.1%  wrong 27 (13.9%)
 *  1634 vai-thieu-luc-ngan-3       168/199 84.4%  wrong  5 (2.5%)     143/199 71.9%  wrong 26 (13.1%)
 *      sets 1619-1634           2806/3128 89.7% wrong 105 (3.4%)    2194/3128 70.1% wrong 439 (14.0%)
 *      (sets 1619-1634, first run at commit 0b9eabe, two rules in (the one before, then: "… and 3 yellow ones" names
 *       the sibling of the goods named before); same run, the parser of e06a08a: 2803/3128 89.6%, wrong 105 (3.4%).
 *       Written from the same brief. Seven sets reused an older set's name; their files were renamed gom-phu-lang-7,
 *       tom-kho-rach-goc-4, moc-kim-bong-6, sen-que-nam-dan-3, gom-su-bat-trang-2, coi-kim-son-9 and
 *       vai-thieu-luc-ngan-3 before the run, their content unchanged.)
 *  1635 banh-cay-nguyen-xa         179/196 91.3%  wrong  7 (3.6%)     131/196 66.8%  wrong 32 (16.3%)
 *  1636 banh-chung-dong-ngac       188/200 94.0%  wrong  3 (1.5%)     145/200 72.5%  wrong 31 (15.5%)
 *  1637 banh-phu-the-dinh-bang-4   163/190 85.8%  wrong  5 (2.6%)     118/190 62.1%  wrong 26 (13.7%)
 *  1638 dac-san-bac-lieu           162/196 82.7%  wrong 14 (7.1%)     134/196 68.4%  wrong 34 (17.3%)
 *  1639 dac-san-cai-be-2           175/195 89.7%  wrong  8 (4.1%)     128/195 65.6%  wrong 43 (22.1%)
 *  1640 dong-phuoc-kieu-4          170/199 85.4%  wrong  3 (1.5%)     132/199 66.3%  wrong 26 (13.1%)
 *  1641 gio-cha-uoc-le-5           181/199 91.0%  wrong  2 (1.0%)     131/199 65.8%  wrong 26 (13.1%)
 *  1642 gom-huong-canh-6           171/193 88.6%  wrong  4 (2.1%)     123/193 63.7%  wrong 26 (13.5%)
 *  1643 mam-thanh-long-phan-thiet  177/188 94.1%  wrong  3 (1.6%)     137/188 72.9%  wrong 19 (10.1%)
 *  1644 may-tre-ngoc-dong          164/193 85.0%  wrong 12 (6.2%)     141/193 73.1%  wrong 21 (10.9%)
 *  1645 moc-nhi-khe                173/198 87.4%  wrong  9 (4.5%)     124/198 62.6%  wrong 29 (14.6%)
 *  1646 non-la-phu-cam             183/198 92.4%  wrong  5 (2.5%)     146/198 73.7%  wrong 20 (10.1%)
 *  1647 nong-san-mang-den-2        172/190 90.5%  wrong  3 (1.6%)     141/190 74.2%  wrong 25 (13.2%)
 *  1648 to-lua-co-chat-3           182/196 92.9%  wrong  8 (4.1%)     138/196 70.4%  wrong 34 (17.3%)
 *  1649 tra-lua-bo-bao-loc         175/193 90.7%  wrong 10 (5.2%)     145/193 75.1%  wrong 25 (13.0%)
 *  1650 trai-cay-long-khanh-4      173/197 87.8%  wrong  6 (3.0%)     121/197 61.4%  wrong 26 (13.2%)
 *      sets 1635-1650           2788/3121 89.3% wrong 102 (3.3%)    2135/3121 68.4% wrong 443 (14.2%)
 *      (sets 1635-1650, first run at commit 7718ce4, three rules in (the two before, then: a number after a colour in a
 *       list is a size only where goods come in it and no count's classifier follows); same run, the parser of
 *       e06a08a: 2788/3121 89.3%, wrong 102 (3.3%), the same. Written from the same brief. Eight sets reused an older
 *       set's name; their files were renamed dac-san-cai-be-2, to-lua-co-chat-3, dong-phuoc-kieu-4, gio-cha-uoc-le-5,
 *       banh-phu-the-dinh-bang-4, nong-san-mang-den-2, gom-huong-canh-6 and trai-cay-long-khanh-4 before the run,
 *       their content unchanged.)
 *  1651 banh-trang-trang-bang-5    171/193 88.6%  wrong  8 (4.1%)     143/193 74.1%  wrong 31 (16.1%)
 *  1652 buoi-khom-vi-thanh         177/200 88.5%  wrong  5 (2.5%)     147/200 73.5%  wrong 24 (12.0%)
 *  1653 cha-muc-ha-long-4          169/199 84.9%  wrong  3 (1.5%)     141/199 70.9%  wrong 19 (9.5%)
 *  1654 dac-san-ba-be-3            181/197 91.9%  wrong  5 (2.5%)     151/197 76.6%  wrong 24 (12.2%)
 *  1655 det-truong-luu             172/192 89.6%  wrong  7 (3.6%)     134/192 69.8%  wrong 23 (12.0%)
 *  1656 gom-chu-dau-5              178/195 91.3%  wrong  5 (2.6%)     140/195 71.8%  wrong 22 (11.3%)
 *  1657 hai-san-bao-ninh-2         182/197 92.4%  wrong  8 (4.1%)     134/197 68.0%  wrong 26 (13.2%)
 *  1658 may-tre-dan-phu-vinh-4     177/198 89.4%  wrong  6 (3.0%)     145/198 73.2%  wrong 26 (13.1%)
 *  1659 nhan-sen-pho-hien-2        173/194 89.2%  wrong  8 (4.1%)     132/194 68.0%  wrong 26 (13.4%)
 *  1660 nho-cuu-phan-rang          177/191 92.7%  wrong  3 (1.6%)     126/191 66.0%  wrong 24 (12.6%)
 *  1661 non-co-son-vi              179/196 91.3%  wrong  8 (4.1%)     141/196 71.9%  wrong 23 (11.7%)
 *  1662 non-la-tan-phu-dong        190/200 95.0%  wrong  1 (0.5%)     152/200 76.0%  wrong 22 (11.0%)
 *  1663 nong-san-mu-cang-chai      176/193 91.2%  wrong  5 (2.6%)     140/193 72.5%  wrong 19 (9.8%)
 *  1664 ruou-gom-van-ha            167/197 84.8%  wrong 12 (6.1%)     121/197 61.4%  wrong 27 (13.7%)
 *  1665 son-mai-ha-thai-8          172/194 88.7%  wrong 10 (5.2%)     127/194 65.5%  wrong 29 (14.9%)
 *  1666 theu-quat-dong-6           183/198 92.4%  wrong  8 (4.0%)     129/198 65.2%  wrong 39 (19.7%)
 *      sets 1651-1666           2824/3134 90.1% wrong 102 (3.3%)    2203/3134 70.3% wrong 404 (12.9%)
 *      (sets 1651-1666, first run at commit 89d9d84, four rules in (the three before, then: after a grade word, a
 *       number with a measure's unit is the goods' size); same run, the parser of e06a08a: 2819/3134 89.9%, wrong 102
 *       (3.3%). Written from the same brief. Nine sets reused an older set's name; their files were renamed
 *       theu-quat-dong-6, cha-muc-ha-long-4, dac-san-ba-be-3, gom-chu-dau-5, son-mai-ha-thai-8, nhan-sen-pho-hien-2,
 *       banh-trang-trang-bang-5, hai-san-bao-ninh-2 and may-tre-dan-phu-vinh-4 before the run, their content
 *       unchanged.)
 *  1667 am-chen-bat-trang-3        179/198 90.4%  wrong  4 (2.0%)     148/198 74.7%  wrong 26 (13.1%)
 *  1668 bac-dong-xam-6             163/198 82.3%  wrong  7 (3.5%)     122/198 61.6%  wrong 36 (18.2%)
 *  1669 cay-canh-vi-khe-4          177/199 88.9%  wrong  6 (3.0%)     124/199 62.3%  wrong 34 (17.1%)
 *  1670 cay-giong-cho-lach-2       171/193 88.6%  wrong  9 (4.7%)     151/193 78.2%  wrong 21 (10.9%)
 *  1671 cho-noi-cai-rang-2         174/199 87.4%  wrong  8 (4.0%)     128/199 64.3%  wrong 38 (19.1%)
 *  1672 chuon-chuon-tre-thach-xa-3 180/200 90.0%  wrong  8 (4.0%)     133/200 66.5%  wrong 23 (11.5%)
 *  1673 com-lang-vong-4            181/198 91.4%  wrong  8 (4.0%)     150/198 75.8%  wrong 21 (10.6%)
 *  1674 da-nhoi-dong-son           176/197 89.3%  wrong  9 (4.6%)     143/197 72.6%  wrong 28 (14.2%)
 *  1675 dac-san-mau-son-4          177/199 88.9%  wrong  9 (4.5%)     135/199 67.8%  wrong 20 (10.1%)
 *  1676 mach-nha-que-quang-ngai    178/194 91.8%  wrong  4 (2.1%)     138/194 71.1%  wrong 20 (10.3%)
 *  1677 nong-san-mai-son           183/199 92.0%  wrong  7 (3.5%)     121/199 60.8%  wrong 28 (14.1%)
 *  1678 tieu-cam-lo-ca-phe-khe-sanh 182/192 94.8%  wrong  2 (1.0%)     154/192 80.2%  wrong 19 (9.9%)
 *  1679 tranh-dong-ho-7            172/198 86.9%  wrong  7 (3.5%)     146/198 73.7%  wrong 30 (15.2%)
 *  1680 tuong-go-son-dong-3        167/192 87.0%  wrong  5 (2.6%)     131/192 68.2%  wrong 29 (15.1%)
 *  1681 vai-thieu-thanh-ha-4       174/195 89.2%  wrong  5 (2.6%)     127/195 65.1%  wrong 20 (10.3%)
 *  1682 yen-sao-muc-kho-ninh-hoa   172/198 86.9%  wrong  6 (3.0%)     124/198 62.6%  wrong 38 (19.2%)
 *      sets 1667-1682           2806/3149 89.1% wrong 104 (3.3%)    2175/3149 69.1% wrong 431 (13.7%)
 *      (sets 1667-1682, first run at commit 07b4cce, six rules in (the four before, then: "size 40" of goods named
 *       "… 40cm" is that length, within a phrase and opening an item after another); same run, the parser of
 *       e06a08a: 2802/3149 89.0%, wrong 104 (3.3%). Written from the same brief. Eleven sets reused an older set's
 *       name; their files were renamed com-lang-vong-4, cay-canh-vi-khe-4, cho-noi-cai-rang-2, dac-san-mau-son-4,
 *       cay-giong-cho-lach-2, tuong-go-son-dong-3, bac-dong-xam-6, chuon-chuon-tre-thach-xa-3, tranh-dong-ho-7,
 *       am-chen-bat-trang-3 and vai-thieu-thanh-ha-4 before the run, their content unchanged.)
 *  1683 buoi-khoai-binh-minh       171/198 86.4%  wrong  8 (4.0%)     140/198 70.7%  wrong 30 (15.2%)
 *  1684 cay-canh-xuan-quan         182/197 92.4%  wrong  7 (3.6%)     135/197 68.5%  wrong 29 (14.7%)
 *  1685 che-la-bang-dai-tu         171/194 88.1%  wrong 14 (7.2%)     121/194 62.4%  wrong 41 (21.1%)
 *  1686 dac-san-cua-lo             175/195 89.7%  wrong 10 (5.1%)     136/195 69.7%  wrong 19 (9.7%)
 *  1687 dac-san-dong-van-4         167/190 87.9%  wrong  7 (3.7%)     126/190 66.3%  wrong 23 (12.1%)
 *  1688 dac-san-ham-ninh-5         184/196 93.9%  wrong  2 (1.0%)     144/196 73.5%  wrong 18 (9.2%)
 *  1689 den-long-hoi-an-6          167/192 87.0%  wrong  8 (4.2%)     139/192 72.4%  wrong 21 (10.9%)
 *  1690 den-long-trieu-khuc        172/194 88.7%  wrong  9 (4.6%)     125/194 64.4%  wrong 45 (23.2%)
 *  1691 duc-dong-nam-truc          178/199 89.4%  wrong  3 (1.5%)     148/199 74.4%  wrong 21 (10.6%)
 *  1692 giay-do-phong-khe          167/195 85.6%  wrong  8 (4.1%)     139/195 71.3%  wrong 26 (13.3%)
 *  1693 gom-tan-hanh               176/198 88.9%  wrong 12 (6.1%)     144/198 72.7%  wrong 23 (11.6%)
 *  1694 keo-dua-tam-quan-2         180/198 90.9%  wrong  7 (3.5%)     140/198 70.7%  wrong 30 (15.2%)
 *  1695 kham-trai-chuyen-my-6      186/197 94.4%  wrong  4 (2.0%)     158/197 80.2%  wrong 21 (10.7%)
 *  1696 kim-khi-phung-xa           180/192 93.8%  wrong  5 (2.6%)     143/192 74.5%  wrong 20 (10.4%)
 *  1697 mam-thot-not-chau-doc-2    177/193 91.7%  wrong  7 (3.6%)     131/193 67.9%  wrong 19 (9.8%)
 *  1698 tho-cam-ban-lac-3          176/199 88.4%  wrong  6 (3.0%)     138/199 69.3%  wrong 27 (13.6%)
 *      sets 1683-1698           2809/3127 89.8% wrong 117 (3.7%)    2207/3127 70.6% wrong 413 (13.2%)
 *      (sets 1683-1698, first run at commit 2498813, the final readings of that session's parser (the rules above and
 *       two review commits that read the pool identically); same run, the parser of e06a08a: 2808/3127 89.8%, wrong
 *       118 (3.8%). Written from the same brief; the writer of kham-trai-chuyen-my-6 and mam-thot-not-chau-doc-2 read
 *       all of CONTRACT.md where the brief allows sections 4 and 5 (the others cover commands, settings and routes),
 *       no parser. Seven sets reused an older set's name; their files were renamed dac-san-ham-ninh-5,
 *       tho-cam-ban-lac-3, den-long-hoi-an-6, kham-trai-chuyen-my-6, mam-thot-not-chau-doc-2, dac-san-dong-van-4 and
 *       keo-dua-tam-quan-2 before the run, their content unchanged.)
 *  1699 da-my-nghe-ninh-van-3      171/200 85.5%  wrong 11 (5.5%)     148/200 74.0%  wrong 29 (14.5%)
 *  1700 dac-san-bac-ha-2           188/200 94.0%  wrong  4 (2.0%)     152/200 76.0%  wrong 23 (11.5%)
 *  1701 dua-sap-cau-ke-2           184/195 94.4%  wrong  5 (2.6%)     146/195 74.9%  wrong 24 (12.3%)
 *  1702 gach-gom-mang-thit-5       180/199 90.5%  wrong 10 (5.0%)     141/199 70.9%  wrong 29 (14.6%)
 *  1703 go-phu-khe-2               186/200 93.0%  wrong  4 (2.0%)     141/200 70.5%  wrong 18 (9.0%)
 *  1704 hai-san-van-don-2          182/197 92.4%  wrong  4 (2.0%)     135/197 68.5%  wrong 10 (5.1%)
 *  1705 khay-son-mai-dong-khe      177/200 88.5%  wrong  5 (2.5%)     134/200 67.0%  wrong 21 (10.5%)
 *  1706 khom-ca-loc-tan-phuoc      178/197 90.4%  wrong  7 (3.6%)     140/197 71.1%  wrong 37 (18.8%)
 *  1707 nhan-sen-hung-yen          165/199 82.9%  wrong 11 (5.5%)     129/199 64.8%  wrong 27 (13.6%)
 *  1708 nong-san-xuan-tho          164/200 82.0%  wrong 17 (8.5%)     137/200 68.5%  wrong 36 (18.0%)
 *  1709 nuoc-mam-mui-ne            178/198 89.9%  wrong 10 (5.1%)     136/198 68.7%  wrong 29 (14.6%)
 *  1710 quat-giay-chang-son-2      188/199 94.5%  wrong  2 (1.0%)     142/199 71.4%  wrong 38 (19.1%)
 *  1711 to-he-xuan-la-2            180/198 90.9%  wrong  3 (1.5%)     134/198 67.7%  wrong 42 (21.2%)
 *  1712 tom-kho-nam-can            172/199 86.4%  wrong  4 (2.0%)     127/199 63.8%  wrong 22 (11.1%)
 *  1713 tuong-go-bao-ha-3          170/196 86.7%  wrong  9 (4.6%)     137/196 69.9%  wrong 24 (12.2%)
 *  1714 vang-quy-kieu-ky-2         179/199 89.9%  wrong  5 (2.5%)     138/199 69.3%  wrong 26 (13.1%)
 *      sets 1699-1714           2842/3176 89.5% wrong 111 (3.5%)    2217/3176 69.8% wrong 435 (13.7%)
 *      (sets 1699-1714, first run at commit ba61821, the same readings as 2498813; same run, the parser of e06a08a:
 *       2841/3176 89.5%, wrong 110 (3.5%). Written from the same brief. Ten sets reused an older set's name; their
 *       files were renamed dua-sap-cau-ke-2, vang-quy-kieu-ky-2, dac-san-bac-ha-2, go-phu-khe-2, hai-san-van-don-2,
 *       tuong-go-bao-ha-3, quat-giay-chang-son-2, da-my-nghe-ninh-van-3, gach-gom-mang-thit-5 and to-he-xuan-la-2
 *       before the run, their content unchanged.)
 *  1715 che-tan-cuong-6            184/200 92.0%  wrong  7 (3.5%)    154/200 77.0%  wrong 16 (8.0%)
 *  1716 coi-kim-son-10             181/200 90.5%  wrong  9 (4.5%)    144/200 72.0%  wrong 22 (11.0%)
 *  1717 den-long-hoi-an-7          181/200 90.5%  wrong  6 (3.0%)    147/200 73.5%  wrong 25 (12.5%)
 *  1718 dua-ben-tre                179/200 89.5%  wrong  9 (4.5%)    142/200 71.0%  wrong 29 (14.5%)
 *  1719 gom-phu-lang-8             187/200 93.5%  wrong  2 (1.0%)    152/200 76.0%  wrong 22 (11.0%)
 *  1720 gom-su-bat-trang-3         186/200 93.0%  wrong  8 (4.0%)    154/200 77.0%  wrong 22 (11.0%)
 *  1721 me-xung-gia-hoi            190/200 95.0%  wrong  6 (3.0%)    154/200 77.0%  wrong 31 (15.5%)
 *  1722 mut-say-trai-mat           185/200 92.5%  wrong  6 (3.0%)    152/200 76.0%  wrong 16 (8.0%)
 *  1723 nho-thai-an-3              185/200 92.5%  wrong  3 (1.5%)    143/200 71.5%  wrong 17 (8.5%)
 *  1724 ren-da-sy-4                191/200 95.5%  wrong  1 (0.5%)    166/200 83.0%  wrong 12 (6.0%)
 *  1725 thoi-trang-lua-van-phuc    179/200 89.5%  wrong  7 (3.5%)    164/200 82.0%  wrong 15 (7.5%)
 *  1726 tieu-hai-san-ham-ninh      191/200 95.5%  wrong  3 (1.5%)    157/200 78.5%  wrong 10 (5.0%)
 *  1727 tom-kho-rach-goc-5         186/200 93.0%  wrong  5 (2.5%)    148/200 74.0%  wrong 25 (12.5%)
 *  1728 tranh-dong-ho-8            170/200 85.0%  wrong  8 (4.0%)    129/200 64.5%  wrong 30 (15.0%)
 *  1729 tuong-go-son-dong-4        174/200 87.0%  wrong  9 (4.5%)    146/200 73.0%  wrong 28 (14.0%)
 *  1730 vai-thieu-thanh-ha-5       186/200 93.0%  wrong  3 (1.5%)    135/200 67.5%  wrong 36 (18.0%)
 *      sets 1715-1730           2935/3200 91.7% wrong 92 (2.9%)    2387/3200 74.6% wrong 356 (11.1%)
 *      (sets 1715-1730, first run at commit de2595c, the next session's start 8349cfa after one rule (after a size or
 *       shape word opening the next item, a measure of a kind the item before carries is the new item's own); same run,
 *       the parser of 8349cfa: the same figures, 2935/3200 91.7%, wrong 92 (2.9%). Written from a new brief (the earlier
 *       one was not kept with the sets): the same asks in the same shares (a quarter of messages ask, a sixth place
 *       nothing, amounts in a pack's pieces or another unit), 28-40 products, exactly 200 messages per set; its writers
 *       may read CONTRACT.md sections 4 and 5 and the demo shop, nothing else. Eleven sets reused an older set's name;
 *       their files were renamed tranh-dong-ho-8, che-tan-cuong-6, gom-su-bat-trang-3, nho-thai-an-3, ren-da-sy-4,
 *       gom-phu-lang-8, tom-kho-rach-goc-5, coi-kim-son-10, den-long-hoi-an-7, tuong-go-son-dong-4 and
 *       vai-thieu-thanh-ha-5 before the run, their content unchanged.)
 *  1731 banh-da-tho-ha-6           192/200 96.0%  wrong  5 (2.5%)    163/200 81.5%  wrong 14 (7.0%)
 *  1732 ca-phe-tra-cau-dat         183/200 91.5%  wrong  6 (3.0%)    150/200 75.0%  wrong 22 (11.0%)
 *  1733 do-go-dong-ky-6            181/200 90.5%  wrong  8 (4.0%)    148/200 74.0%  wrong 18 (9.0%)
 *  1734 dong-phuoc-kieu-5          187/200 93.5%  wrong  1 (0.5%)    158/200 79.0%  wrong 17 (8.5%)
 *  1735 duc-dong-ngu-xa            186/200 93.0%  wrong  5 (2.5%)    149/200 74.5%  wrong 31 (15.5%)
 *  1736 gom-bau-truc-3             186/200 93.0%  wrong  3 (1.5%)    148/200 74.0%  wrong 25 (12.5%)
 *  1737 lap-xuong-can-giuoc-2      179/200 89.5%  wrong  9 (4.5%)    148/200 74.0%  wrong 28 (14.0%)
 *  1738 lua-nha-xa-4               181/200 90.5%  wrong 12 (6.0%)    153/200 76.5%  wrong 27 (13.5%)
 *  1739 mat-ong-nam-rung-bac-kan   186/200 93.0%  wrong  3 (1.5%)    157/200 78.5%  wrong 12 (6.0%)
 *  1740 non-la-lang-chuong-10      175/200 87.5%  wrong 16 (8.0%)    147/200 73.5%  wrong 30 (15.0%)
 *  1741 nong-san-moc-chau-3        189/200 94.5%  wrong  3 (1.5%)    155/200 77.5%  wrong 23 (11.5%)
 *  1742 nuoc-mam-phu-quoc          175/200 87.5%  wrong  5 (2.5%)    123/200 61.5%  wrong 13 (6.5%)
 *  1743 thanh-long-ham-minh-2      184/200 92.0%  wrong  4 (2.0%)    139/200 69.5%  wrong 24 (12.0%)
 *  1744 tho-cam-my-nghiep-2        183/200 91.5%  wrong  5 (2.5%)    160/200 80.0%  wrong 20 (10.0%)
 *  1745 toi-hanh-ly-son-7          178/200 89.0%  wrong  4 (2.0%)    150/200 75.0%  wrong 14 (7.0%)
 *  1746 tre-xuan-lai               186/200 93.0%  wrong  1 (0.5%)    156/200 78.0%  wrong 19 (9.5%)
 *      sets 1731-1746           2931/3200 91.6% wrong 90 (2.8%)    2404/3200 75.1% wrong 337 (10.5%)
 *      (sets 1731-1746, first run at commit 781dce0, two rules into that session (the one above; English "some"
 *       before goods leaves the amount open); same run, the parser of 8349cfa: 2930/3200 91.6%, wrong 91 (2.8%). Written
 *       from the same brief as sets 1715-1730. Eleven sets reused an older set's name; their files were renamed
 *       non-la-lang-chuong-10, do-go-dong-ky-6, nong-san-moc-chau-3, lua-nha-xa-4, thanh-long-ham-minh-2,
 *       dong-phuoc-kieu-5, toi-hanh-ly-son-7, gom-bau-truc-3, banh-da-tho-ha-6, tho-cam-my-nghiep-2 and
 *       lap-xuong-can-giuoc-2 before the run, their content unchanged.)
 *  1747 banh-tet-tra-cuon-2        157/200 78.5%  wrong  8 (4.0%)    114/200 57.0%  wrong 36 (18.0%)
 *  1748 banh-trang-muoi-tom-trang-bang 171/200 85.5%  wrong  6 (3.0%)    151/200 75.5%  wrong 16 (8.0%)
 *  1749 chieu-coi-nga-son-5        175/200 87.5%  wrong  7 (3.5%)    147/200 73.5%  wrong 16 (8.0%)
 *  1750 dong-thanh-thuy            178/200 89.0%  wrong  6 (3.0%)    153/200 76.5%  wrong 18 (9.0%)
 *  1751 gao-hai-hau-2              172/200 86.0%  wrong 12 (6.0%)    133/200 66.5%  wrong 21 (10.5%)
 *  1752 hanh-tim-vinh-chau-3       181/200 90.5%  wrong  4 (2.0%)    152/200 76.0%  wrong 19 (9.5%)
 *  1753 kho-ca-cua-ca-mau          188/200 94.0%  wrong  6 (3.0%)    159/200 79.5%  wrong  8 (4.0%)
 *  1754 may-tre-dan-phu-vinh-5     179/200 89.5%  wrong  7 (3.5%)    142/200 71.0%  wrong 22 (11.0%)
 *  1755 nhan-long-hung-yen-2       179/200 89.5%  wrong  8 (4.0%)    153/200 76.5%  wrong 25 (12.5%)
 *  1756 quat-go-chang-son          181/200 90.5%  wrong  9 (4.5%)    154/200 77.0%  wrong 26 (13.0%)
 *  1757 son-mai-ha-thai-9          188/200 94.0%  wrong  3 (1.5%)    156/200 78.0%  wrong 15 (7.5%)
 *  1758 theu-quat-dong-7           182/200 91.0%  wrong  4 (2.0%)    146/200 73.0%  wrong 20 (10.0%)
 *  1759 vai-thieu-luc-ngan-4       177/200 88.5%  wrong  7 (3.5%)    143/200 71.5%  wrong 21 (10.5%)
 *  1760 vang-quy-kieu-ky-3         172/200 86.0%  wrong  5 (2.5%)    140/200 70.0%  wrong 27 (13.5%)
 *      sets 1747-1760           2480/2800 88.6% wrong 92 (3.3%)    2043/2800 73.0% wrong 290 (10.4%)
 *      (sets 1747-1760, first run at commit 1a61bb8, three rules into that session (the two above; a gift box is not
 *       meant by its box word alone); same run, the parser of 8349cfa: the same figures, 2480/2800 88.6%, wrong 92
 *       (3.3%). Written from the same brief as sets 1715-1730; one helper of the eight stopped without its files, so the
 *       batch is fourteen sets. Ten sets reused an older set's name; their files were renamed hanh-tim-vinh-chau-3,
 *       son-mai-ha-thai-9, may-tre-dan-phu-vinh-5, vai-thieu-luc-ngan-4, theu-quat-dong-7, banh-tet-tra-cuon-2,
 *       nhan-long-hung-yen-2, chieu-coi-nga-son-5, gao-hai-hau-2 and vang-quy-kieu-ky-3 before the run, their content
 *       unchanged.)
 *  1761 banh-mi-pho-hoi            162/200 81.0%  wrong  8 (4.0%)    110/200 55.0%  wrong 25 (12.5%)
 *  1762 banh-pia-vung-thom-6       171/200 85.5%  wrong  6 (3.0%)    134/200 67.0%  wrong 24 (12.0%)
 *  1763 ca-phe-buon-ma-thuot       184/200 92.0%  wrong  6 (3.0%)    150/200 75.0%  wrong 23 (11.5%)
 *  1764 che-moc-chau               190/200 95.0%  wrong  3 (1.5%)    167/200 83.5%  wrong 15 (7.5%)
 *  1765 dac-san-trung-khanh-2      183/200 91.5%  wrong  6 (3.0%)    158/200 79.0%  wrong 16 (8.0%)
 *  1766 do-choi-tre-thach-xa-2     174/200 87.0%  wrong  9 (4.5%)    132/200 66.0%  wrong 28 (14.0%)
 *  1767 do-tho-dong-ky             181/200 90.5%  wrong  7 (3.5%)    133/200 66.5%  wrong 23 (11.5%)
 *  1768 gach-gom-bat-trang         171/200 85.5%  wrong  9 (4.5%)    140/200 70.0%  wrong 30 (15.0%)
 *  1769 gom-phu-lang-9             186/200 93.0%  wrong  5 (2.5%)    160/200 80.0%  wrong 22 (11.0%)
 *  1770 hang-ma-dong-ho            189/200 94.5%  wrong  3 (1.5%)    151/200 75.5%  wrong 14 (7.0%)
 *  1771 inox-da-hoi-2              189/200 94.5%  wrong  5 (2.5%)    150/200 75.0%  wrong 20 (10.0%)
 *  1772 khoai-mi-chuoi-tan-chau    179/200 89.5%  wrong  8 (4.0%)    152/200 76.0%  wrong 18 (9.0%)
 *  1773 lua-tan-chau-4             172/200 86.0%  wrong 14 (7.0%)    125/200 62.5%  wrong 29 (14.5%)
 *  1774 nuoc-mam-nam-o-3           171/200 85.5%  wrong 10 (5.0%)    143/200 71.5%  wrong 21 (10.5%)
 *  1775 tho-cam-cat-cat            181/200 90.5%  wrong  6 (3.0%)    157/200 78.5%  wrong 16 (8.0%)
 *  1776 trai-cay-long-khanh-5      180/200 90.0%  wrong  9 (4.5%)    151/200 75.5%  wrong 20 (10.0%)
 *      sets 1761-1776           2863/3200 89.5% wrong 114 (3.6%)   2313/3200 72.3% wrong 344 (10.8%)
 *      (sets 1761-1776, first run at commit 9d1fe20, four rules into that session (the three above; a dashed range
 *       before tens, "2-3 chục cái", leaves the amount open); same run, the parser of 8349cfa: 2861/3200 89.4%, wrong 115
 *       (3.6%). Written from the same brief as sets 1715-1730, with the helper that had stopped run again (hang-ma-dong-ho,
 *       ca-phe-buon-ma-thuot). Eight sets reused an older set's name; their files were renamed banh-pia-vung-thom-6,
 *       gom-phu-lang-9, inox-da-hoi-2, dac-san-trung-khanh-2, lua-tan-chau-4, nuoc-mam-nam-o-3, do-choi-tre-thach-xa-2
 *       and trai-cay-long-khanh-5 before the run, their content unchanged.)
 *  1777 bac-dong-xam-7             183/200 91.5%  wrong  7 (3.5%)    130/200 65.0%  wrong 23 (11.5%)
 *  1778 banh-cay-lang-nguyen-3     188/200 94.0%  wrong  5 (2.5%)    130/200 65.0%  wrong 39 (19.5%)
 *  1779 de-ruou-ninh-binh          179/200 89.5%  wrong  9 (4.5%)    146/200 73.0%  wrong 21 (10.5%)
 *  1780 do-da-tuy-hoa              182/200 91.0%  wrong  4 (2.0%)    148/200 74.0%  wrong 27 (13.5%)
 *  1781 do-tho-son-dong-4          179/200 89.5%  wrong  4 (2.0%)    149/200 74.5%  wrong 30 (15.0%)
 *  1782 dong-van-ha-2              185/200 92.5%  wrong  3 (1.5%)    166/200 83.0%  wrong 19 (9.5%)
 *  1783 gom-tho-ha-2               191/200 95.5%  wrong  1 (0.5%)    156/200 78.0%  wrong  9 (4.5%)
 *  1784 hu-tieu-cai-rang-2         185/200 92.5%  wrong  2 (1.0%)    149/200 74.5%  wrong 31 (15.5%)
 *  1785 long-vu-trieu-khuc-4       171/200 85.5%  wrong 12 (6.0%)    132/200 66.0%  wrong 39 (19.5%)
 *  1786 lua-tra-bao-loc-2          186/200 93.0%  wrong  6 (3.0%)    157/200 78.5%  wrong 24 (12.0%)
 *  1787 mat-ong-ho-tieu-cu-mgar    182/200 91.0%  wrong  6 (3.0%)    150/200 75.0%  wrong 23 (11.5%)
 *  1788 moc-kim-bong-7             180/200 90.0%  wrong  5 (2.5%)    142/200 71.0%  wrong 31 (15.5%)
 *  1789 ruou-ngo-ha-giang          166/200 83.0%  wrong 11 (5.5%)    130/200 65.0%  wrong 24 (12.0%)
 *  1790 son-mai-ha-thai-10         184/200 92.0%  wrong  2 (1.0%)    152/200 76.0%  wrong 17 (8.5%)
 *  1791 xoai-hoa-loc               180/200 90.0%  wrong  6 (3.0%)    143/200 71.5%  wrong 22 (11.0%)
 *  1792 yen-sao-ninh-hoa           181/200 90.5%  wrong  5 (2.5%)    118/200 59.0%  wrong 39 (19.5%)
 *      sets 1777-1792           2902/3200 90.7% wrong 88 (2.8%)    2298/3200 71.8% wrong 418 (13.1%)
 *      (sets 1777-1792, first run at commit 480091d, five rules into that session (the four above; "l" and a digit
 *       that is no word of the catalog is a grade written short, "ghe xanh l2"); same run, the parser of 8349cfa:
 *       2899/3200 90.6%, wrong 88 (2.8%). Written from the same brief as sets 1715-1730. Ten sets reused an older set's
 *       name; their files were renamed bac-dong-xam-7, gom-tho-ha-2, do-tho-son-dong-4, hu-tieu-cai-rang-2,
 *       moc-kim-bong-7, lua-tra-bao-loc-2, son-mai-ha-thai-10, banh-cay-lang-nguyen-3, dong-van-ha-2 and
 *       long-vu-trieu-khuc-4 before the run, their content unchanged.)
 *  1793 cay-canh-my-dong-2         180/200 90.0%  wrong  5 (2.5%)    133/200 66.5%  wrong 19 (9.5%)
 *  1794 dau-tay-da-lat             179/200 89.5%  wrong  6 (3.0%)    156/200 78.0%  wrong 15 (7.5%)
 *  1795 det-kim-la-phu             190/200 95.0%  wrong  2 (1.0%)    165/200 82.5%  wrong 15 (7.5%)
 *  1796 dong-dai-bai-6             188/200 94.0%  wrong  2 (1.0%)    162/200 81.0%  wrong 23 (11.5%)
 *  1797 gac-bep-muong-la           186/200 93.0%  wrong  8 (4.0%)    170/200 85.0%  wrong 15 (7.5%)
 *  1798 giay-do-duong-o-2          182/200 91.0%  wrong 11 (5.5%)    137/200 68.5%  wrong 27 (13.5%)
 *  1799 gom-chu-dau-6              181/200 90.5%  wrong  3 (1.5%)    160/200 80.0%  wrong 19 (9.5%)
 *  1800 hai-san-kho-vung-tau       182/200 91.0%  wrong  2 (1.0%)    152/200 76.0%  wrong 16 (8.0%)
 *  1801 hu-tieu-my-tho-2           185/200 92.5%  wrong  5 (2.5%)    162/200 81.0%  wrong 16 (8.0%)
 *  1802 keo-dua-ben-tre-2          185/200 92.5%  wrong  7 (3.5%)    137/200 68.5%  wrong 36 (18.0%)
 *  1803 mach-nha-thi-pho-3         182/200 91.0%  wrong  7 (3.5%)    122/200 61.0%  wrong 29 (14.5%)
 *  1804 may-tre-cam-giang-2        185/200 92.5%  wrong  2 (1.0%)    159/200 79.5%  wrong 19 (9.5%)
 *  1805 nuoc-mam-thanh-long-phan-thiet 181/200 90.5%  wrong  5 (2.5%)    133/200 66.5%  wrong 16 (8.0%)
 *  1806 son-mai-gom-binh-duong     193/200 96.5%  wrong  1 (0.5%)    167/200 83.5%  wrong 15 (7.5%)
 *  1807 tien-go-nhi-khe-3          175/200 87.5%  wrong  5 (2.5%)    124/200 62.0%  wrong 28 (14.0%)
 *  1808 tra-sen-nhan-pho-hien      180/200 90.0%  wrong  6 (3.0%)    159/200 79.5%  wrong 14 (7.0%)
 *      sets 1793-1808           2934/3200 91.7% wrong 77 (2.4%)    2398/3200 74.9% wrong 322 (10.1%)
 *      (sets 1793-1808, first run at commit fbcb206, six rules into that session (the five above; an English count
 *       right after a verb of wanting, "I'd like two", is an amount); same run, the parser of 8349cfa: 2931/3200 91.6%,
 *       wrong 80 (2.5%). Written from the same brief as sets 1715-1730. Nine sets reused an older set's name; their files
 *       were renamed cay-canh-my-dong-2, mach-nha-thi-pho-3, gom-chu-dau-6, keo-dua-ben-tre-2, tien-go-nhi-khe-3,
 *       giay-do-duong-o-2, hu-tieu-my-tho-2, may-tre-cam-giang-2 and dong-dai-bai-6 before the run, their content
 *       unchanged.)
 *  1809 banh-dau-xanh-hai-duong    185/200 92.5%  wrong  3 (1.5%)    151/200 75.5%  wrong 19 (9.5%)
 *  1810 cha-muc-ha-long-5          177/200 88.5%  wrong  5 (2.5%)    131/200 65.5%  wrong 24 (12.0%)
 *  1811 go-phu-khe-3               181/200 90.5%  wrong  9 (4.5%)    145/200 72.5%  wrong 21 (10.5%)
 *  1812 gom-bau-truc-4             186/200 93.0%  wrong  4 (2.0%)    154/200 77.0%  wrong 24 (12.0%)
 *  1813 gom-kim-lan-3              189/200 94.5%  wrong  1 (0.5%)    154/200 77.0%  wrong 27 (13.5%)
 *  1814 gom-thanh-ha-9             184/200 92.0%  wrong  4 (2.0%)    157/200 78.5%  wrong 19 (9.5%)
 *  1815 hoa-kieng-sa-dec-3         176/200 88.0%  wrong  9 (4.5%)    142/200 71.0%  wrong 29 (14.5%)
 *  1816 keo-me-xung-vy-da          189/200 94.5%  wrong  5 (2.5%)    150/200 75.0%  wrong 24 (12.0%)
 *  1817 khan-lua-van-phuc          177/200 88.5%  wrong  6 (3.0%)    149/200 74.5%  wrong 20 (10.0%)
 *  1818 mac-ca-hat-dieu-krong-nang 187/200 93.5%  wrong  2 (1.0%)    161/200 80.5%  wrong 16 (8.0%)
 *  1819 tieu-sim-cua-duong         184/200 92.0%  wrong  2 (1.0%)    136/200 68.0%  wrong 18 (9.0%)
 *  1820 tranh-dong-ho-9            183/200 91.5%  wrong  2 (1.0%)    157/200 78.5%  wrong 19 (9.5%)
 *  1821 tranh-lang-sinh-2          177/200 88.5%  wrong  7 (3.5%)    163/200 81.5%  wrong 18 (9.0%)
 *  1822 tre-truc-xuan-lai-2        178/200 89.0%  wrong  7 (3.5%)    153/200 76.5%  wrong 19 (9.5%)
 *  1823 vit-quay-lang-son          185/200 92.5%  wrong  5 (2.5%)    158/200 79.0%  wrong 22 (11.0%)
 *  1824 xoai-cao-lanh              183/200 91.5%  wrong  6 (3.0%)    152/200 76.0%  wrong 23 (11.5%)
 *      sets 1809-1824           2921/3200 91.3% wrong 77 (2.4%)    2413/3200 75.4% wrong 342 (10.7%)
 *      (sets 1809-1824, first run at commit 3589021, the final readings of that session's parser (the six rules above
 *       and a seventh: four digits that are the two sides of a candidate's size, "tranh sen 3040", are that size); same
 *       run, the parser of 8349cfa: 2912/3200 91.0%, wrong 85 (2.7%). Written from the same brief as sets 1715-1730. Nine
 *       sets reused an older set's name; their files were renamed gom-bau-truc-4, tranh-lang-sinh-2, cha-muc-ha-long-5,
 *       gom-kim-lan-3, go-phu-khe-3, hoa-kieng-sa-dec-3, tre-truc-xuan-lai-2, tranh-dong-ho-9 and gom-thanh-ha-9 before
 *       the run, their content unchanged.)
 *  1825 dac-san-trai-mat-2         180/200 90.0%  wrong  6 (3.0%)    142/200 71.0%  wrong 21 (10.5%)
 *  1826 dac-san-trang-bang-2       180/200 90.0%  wrong 11 (5.5%)    141/200 70.5%  wrong 15 (7.5%)
 *  1827 dac-san-xu-nghe            182/200 91.0%  wrong  7 (3.5%)    144/200 72.0%  wrong 25 (12.5%)
 *  1828 det-lua-van-phuc-2         178/200 89.0%  wrong  6 (3.0%)    154/200 77.0%  wrong 13 (6.5%)
 *  1829 dua-mo-cay-3               181/200 90.5%  wrong 10 (5.0%)    164/200 82.0%  wrong 17 (8.5%)
 *  1830 duc-dong-ngu-xa-2          184/200 92.0%  wrong  3 (1.5%)    153/200 76.5%  wrong 20 (10.0%)
 *  1831 gom-men-bat-trang-4        178/200 89.0%  wrong  2 (1.0%)    150/200 75.0%  wrong 26 (13.0%)
 *  1832 gom-thanh-ha-10            185/200 92.5%  wrong  5 (2.5%)    163/200 81.5%  wrong 15 (7.5%)
 *  1833 hai-san-kho-rach-goc       189/200 94.5%  wrong  3 (1.5%)    156/200 78.0%  wrong 19 (9.5%)
 *  1834 may-tre-dan-phu-vinh-6     181/200 90.5%  wrong  5 (2.5%)    135/200 67.5%  wrong 26 (13.0%)
 *  1835 moc-kim-bong-8             188/200 94.0%  wrong  3 (1.5%)    154/200 77.0%  wrong 15 (7.5%)
 *  1836 nho-thai-an-4              190/200 95.0%  wrong  4 (2.0%)    144/200 72.0%  wrong 19 (9.5%)
 *  1837 non-la-ha-dong             190/200 95.0%  wrong  4 (2.0%)    168/200 84.0%  wrong 15 (7.5%)
 *  1838 nong-san-moc-chau-4        181/200 90.5%  wrong  8 (4.0%)    158/200 79.0%  wrong 17 (8.5%)
 *  1839 tieu-mam-sim-phu-quoc      180/200 90.0%  wrong  4 (2.0%)    134/200 67.0%  wrong 18 (9.0%)
 *  1840 tranh-dong-ho-10           179/200 89.5%  wrong  6 (3.0%)    140/200 70.0%  wrong 32 (16.0%)
 *      sets 1825-1840           2926/3200 91.4% wrong 87 (2.7%)    2400/3200 75.0% wrong 313 (9.8%)
 *      (sets 1825-1840, first run at commit be70b53, after three rules of the next session (a kind said after a
 *       glued measure, "tôm nõn 1kg loại 1"; more goods in a clause that adds more are asked about; phrases of sizes and
 *       grades only are no capitalized names); same run, the parser of 75f7cce: 2926/3200 91.4%, wrong 87 (2.7%).
 *       Written from the same brief as sets 1715-1730. Twelve sets reused an older set's name; their files were renamed
 *       dac-san-trai-mat-2, dac-san-trang-bang-2, det-lua-van-phuc-2, dua-mo-cay-3, duc-dong-ngu-xa-2,
 *       gom-men-bat-trang-4, gom-thanh-ha-10, may-tre-dan-phu-vinh-6, moc-kim-bong-8, nho-thai-an-4,
 *       nong-san-moc-chau-4 and tranh-dong-ho-10 before the run, their content unchanged.)
 *  1841 banh-da-tho-ha-7           181/200 90.5%  wrong  4 (2.0%)    147/200 73.5%  wrong 17 (8.5%)
 *  1842 chieng-dong-phuoc-kieu     181/200 90.5%  wrong  5 (2.5%)    147/200 73.5%  wrong 24 (12.0%)
 *  1843 dac-san-kon-ko-tu          177/200 88.5%  wrong  5 (2.5%)    154/200 77.0%  wrong 24 (12.0%)
 *  1844 dac-san-thi-pho-tra-bong   188/200 94.0%  wrong  3 (1.5%)    137/200 68.5%  wrong 27 (13.5%)
 *  1845 dan-luoi-my-dong           187/200 93.5%  wrong  4 (2.0%)    162/200 81.0%  wrong 17 (8.5%)
 *  1846 do-go-dong-ky-7            182/200 91.0%  wrong  6 (3.0%)    152/200 76.0%  wrong 24 (12.0%)
 *  1847 gao-nep-hai-hau            178/200 89.0%  wrong  7 (3.5%)    142/200 71.0%  wrong 23 (11.5%)
 *  1848 hoa-giay-dong-ho           177/200 88.5%  wrong 10 (5.0%)    144/200 72.0%  wrong 28 (14.0%)
 *  1849 kham-trai-chuon-ngo-2      184/200 92.0%  wrong  6 (3.0%)    151/200 75.5%  wrong 27 (13.5%)
 *  1850 nhan-sen-pho-hien-3        170/200 85.0%  wrong  7 (3.5%)    136/200 68.0%  wrong 26 (13.0%)
 *  1851 nong-san-di-linh           185/200 92.5%  wrong  1 (0.5%)    154/200 77.0%  wrong 12 (6.0%)
 *  1852 pia-lap-xuong-soc-trang    181/200 90.5%  wrong  3 (1.5%)    141/200 70.5%  wrong 13 (6.5%)
 *  1853 tac-tuong-bao-ha           180/200 90.0%  wrong  5 (2.5%)    157/200 78.5%  wrong 14 (7.0%)
 *  1854 to-he-lang-chuong          171/200 85.5%  wrong  7 (3.5%)    135/200 67.5%  wrong 29 (14.5%)
 *  1855 toi-hanh-ly-son-8          177/200 88.5%  wrong  2 (1.0%)    154/200 77.0%  wrong 10 (5.0%)
 *  1856 vai-thieu-luc-ngan-5       179/200 89.5%  wrong  5 (2.5%)    148/200 74.0%  wrong 22 (11.0%)
 *      sets 1841-1856           2878/3200 89.9% wrong 80 (2.5%)    2361/3200 73.8% wrong 337 (10.5%)
 *      (sets 1841-1856, first run at commit e050cc9, after the three rules above and a fourth of that session (an item that
 *       drops the head noun says "loại" after its amount, "…, 1 kg loại nhỏ"); same run, the parser of 75f7cce:
 *       2878/3200 89.9%, wrong 80 (2.5%). Written from the same brief as sets 1715-1730. Six sets reused an older set's
 *       name; their files were renamed kham-trai-chuon-ngo-2, nhan-sen-pho-hien-3, banh-da-tho-ha-7,
 *       vai-thieu-luc-ngan-5, do-go-dong-ky-7 and toi-hanh-ly-son-8 before the run, their content unchanged.)
 *  1857 bac-chau-khe               180/200 90.0%  wrong  6 (3.0%)    151/200 75.5%  wrong 16 (8.0%)
 *  1858 che-tan-cuong-phuc-xuan    185/200 92.5%  wrong  5 (2.5%)    162/200 81.0%  wrong 16 (8.0%)
 *  1859 dac-san-phan-thiet-4       187/200 93.5%  wrong  5 (2.5%)    137/200 68.5%  wrong 14 (7.0%)
 *  1860 dac-san-trung-khanh-3      183/200 91.5%  wrong  1 (0.5%)    157/200 78.5%  wrong 14 (7.0%)
 *  1861 giay-do-yen-thai-2         174/200 87.0%  wrong 11 (5.5%)    159/200 79.5%  wrong 21 (10.5%)
 *  1862 gom-giay-phao-binh-da      184/200 92.0%  wrong  7 (3.5%)    160/200 80.0%  wrong 25 (12.5%)
 *  1863 gom-phu-lang-10            186/200 93.0%  wrong  7 (3.5%)    156/200 78.0%  wrong 25 (12.5%)
 *  1864 may-do-giay-da-hoi-an      176/200 88.0%  wrong  7 (3.5%)    134/200 67.0%  wrong 19 (9.5%)
 *  1865 que-sam-tra-my             183/200 91.5%  wrong  6 (3.0%)    149/200 74.5%  wrong 31 (15.5%)
 *  1866 sen-thap-muoi              174/200 87.0%  wrong 12 (6.0%)    144/200 72.0%  wrong 31 (15.5%)
 *  1867 tam-giac-mach-dong-van-2   183/200 91.5%  wrong  8 (4.0%)    141/200 70.5%  wrong 31 (15.5%)
 *  1868 trai-cay-banh-trang-cai-be 189/200 94.5%  wrong  2 (1.0%)    161/200 80.5%  wrong 17 (8.5%)
 *  1869 trai-cay-cai-mon           192/200 96.0%  wrong  2 (1.0%)    155/200 77.5%  wrong 17 (8.5%)
 *  1870 tuong-go-son-dong-5        174/200 87.0%  wrong  9 (4.5%)    146/200 73.0%  wrong 32 (16.0%)
 *  1871 tuong-mien-cu-da           180/200 90.0%  wrong  6 (3.0%)    150/200 75.0%  wrong 18 (9.0%)
 *  1872 vang-quy-kieu-ky-4         173/200 86.5%  wrong  4 (2.0%)    123/200 61.5%  wrong 27 (13.5%)
 *      sets 1857-1872           2903/3200 90.7% wrong 98 (3.1%)    2385/3200 74.5% wrong 354 (11.1%)
 *      (sets 1857-1872, first run at commit 840ca94, after the four rules above and a fifth of that session (a number
 *       and the word the names count it in after "loại", "…, 2 chai loại 35 độ"); same run, the parser of 75f7cce:
 *       2903/3200 90.7%, wrong 100 (3.1%). Written from the same brief as sets 1715-1730. Seven sets reused an older
 *       set's name; their files were renamed tuong-go-son-dong-5, dac-san-phan-thiet-4, gom-phu-lang-10,
 *       dac-san-trung-khanh-3, giay-do-yen-thai-2, tam-giac-mach-dong-van-2 and vang-quy-kieu-ky-4 before the run,
 *       their content unchanged.)
 *
 * After those runs, all the sets were used to develop the parser; the floors below hold today's figures on them
 * (rounded down) so that nothing slips back, and are not a measure of accuracy on new shops: the honest figures
 * are the first runs above. (Fifteen of them were let down by one confident error each when a count of pieces came
 * to take the fewest whole packs of one product, "20 viên bánh trôi vừng" beside trays of 10 and 20: the writers of
 * those sets asked there, while those of thirty-eight other messages of the kind placed the pack; the goods are the
 * same either way, only their packing differs. core/parser/pack-for-amount.ts. Four more, by one each, when a lone
 * word that heads no product, "gấp" of "e đang cần gấp", stopped being ordered one of: 62 messages were read right
 * by it and 2 lost, 17 confident errors went and 5 came, among them four in those sets, where the lone word's line had
 * made the reading ask by chance. core/parser/bind.ts. One more, the Korean food shop, by one, when a weight spelled
 * after a phrase whose amount came first became the pack's size, "một túi đường thốt nốt một ký": 18 messages
 * were read right by it and one lost, "1 hộp kim chi nửa ký" after "1 hộp kim chi 1 ký", where three kimchis come in
 * 500 g and its writer asked. core/parser/noun-phrase.ts. And the grill and hotpot shop, by one, when "thôi lấy …"
 * opening a clause came to correct the line before: ten messages were read right by it, six confident errors went,
 * and one came, "lẩu hòa bình 32 lấy 2 cái, thôi lấy 1 cái hòa bình 32 thêm 1 cái hòa bình 28". core/parser/scan.ts.
 * And the birthday-balloon shop, by one, when "bé nhà mình …" (the customer's child, said for context) stopped being
 * asked about: "bé nhà mình tên BO, lấy chữ lẻ vàng, …" had asked by chance, where its writer counted the letters of
 * the name. core/parser/rules/dropped-phrase.ts. And two, by one each, the melon-seed and imported-fruit shops,
 * when a count of kinds in a name, "Hộp quà hạt 3 loại", came to be read back from "2 hộp quà 3 loại": 30 messages
 * were read right by it and two lost, "cho e 2 hộp quà 5 loại nha", where the box's own alias says "hộp quà 5 loại"
 * and its writer asked, and "lấy 1 giỏ 3 loại nhưng thay nho bằng cherry được ko", a change to the basket asked
 * about. core/parser/catalog-index.ts. And three more, by one each, when a word opening some products' names said
 * before a count came to open the phrase after it, "thuê 3 chậu quất 1m8", "khắc 40 chữ quốc ngữ" (27 messages read
 * right by it, one lost): the knitting shop, "cho e đan 1 áo len cho chó nhà e", now a made-to-order sweater where
 * its writer asked (it is for a dog); the sandal shop, "mua sỉ 20 đôi dép nữ hồng đc ko shop", a question now read as
 * two packs of ten; and the jar shop, by one exact, "Em muốn đặt làm chum có khắc tên được không", which now asks
 * (core/parser/scan.ts reads "đặt làm" as one verb). core/parser/lead-word.ts. And the school-supplies shop, by one
 * exact, when a range written with a dash, "Balo chống gù lớp 4–5 màu đen", became the range 4-5: "lấy 1 balo lớp 5
 * màu đen" had been read right by chance, "5 màu" taken for a count of colours; it now asks (the range's word comes
 * before its numbers there, which range-fit.ts does not read). core/parser/normalize.ts. And the plant-pot shop, by
 * one confident error, when a number written bare and read as a length came to be the bare number of an alias, "quạt
 * hút 30", "điếu 60": 29 messages were read right by it and one lost, "chậu vuông 30 cho mình 1 cái", where the shop
 * gave the alias "chậu vuông 30" to the green pot, a brown one of 30 cm is sold too, and its writer asked.
 * core/parser/named-alias.ts. And the gold-jewellery shop, by one confident error, when "loại 1 chỉ" after a product
 * came to name the kind that counts it ("nhẫn tròn trơn 24k loại 1 chỉ"): 11 messages over ten catalogs were read
 * right by it and none lost, but "lấy 1 nhẫn tròn trơn 24k loại 1 chỉ, 1 hộp nhung đỏ" had asked by chance about the
 * ring, and its writer asked about the box ("hộp nhung đỏ" is the shop's alias of the ring box, a necklace box of red
 * velvet is sold too). core/parser/attributes.ts. And the Sơn Đồng altar set, by one exact and one confident error, back
 * to where the session found it, when "đồng" (bronze) stopped being read as a material: it had made "cho c 1 bát
 * hương đồng phi 20" ask (the bowls are porcelain only), and in the first run of sets 763-770 it read "làm đồng phục"
 * (a uniform) as bronze. core/parser/lexicon.ts. And the bánh xèo shop, by one confident error, when a food shop's
 * extras came to be named by "thêm" ("them bun 1" after two bowls is the extra "Thêm bún", not a third bowl): 19
 * messages over eight catalogs were read right by it and one lost, "thêm rau nha" alone, now the extra "Rau sống ăn
 * kèm (phần thêm)" where its writer asked (a second side of greens, "Rau rừng", is sold). core/parser/add-on.ts. And
 * the aluminium-pot set by one confident error when a number before "không" or "có" in a name or alias ("cối xanh 20
 * không chày") came to be the number as written, not a count of "không" (11 messages over six catalogs read right by
 * it): "Nồi 24 không nắp thì mua thêm vung 24 riêng được ko ạ", a question now read as a lid ordered.
 * core/parser/catalog-index.ts. And the Ước Lễ set, by one confident error, when "hôm nọ" came to report the past (12
 * messages over eleven catalogs read right by it): "Hôm nọ e lấy 5 bó nem chua loại 2 …, lần này cho e loại 1, vẫn 5
 * bó nhé" had asked about the past line and now places nothing (a grade alone names no sibling of a past purchase).
 * core/parser/lexicon.ts.)
 * (The next session let eleven floors down, each by one message, for rules that read many more right; the messages:
 * ga-giuong-cotton, "ga giường 2m2 x 2m màu xám 1 cái", now placed by its size though the writer asked (a size in
 * metres written with spaces, dimensions.ts; +11 on the pool); may-anh-film, "gold 200 3 cuộn với 1 hộp gold 3 cuộn",
 * and ruou-can-buon-jun, "nếp than 10 ký, lá men 1 ký, men 20 bánh 2 gói" (a measure before a count is the pack's
 * size, phrase-numbers.ts; +37); muoi-tom-trang-bang, "… muối tôm không cay 100g hai hũ", whose spelled count now goes
 * into the phrase (the same rule); goi-cuon-trang-bang, "goi cuon voi bi cuon moi thu 5 cuon le nha", "goi" now read
 * as the goods (a head noun typed like an order verb, clauses.ts; +21); non-la-lang-chuong, "Nón quai thao người lớn
 * 450k, trẻ em 250k hả shop? vậy lấy mỗi loại 1 cái", where the price now names the child's hat and "mỗi loại" covers
 * only it (price-said.ts; +21); choi-son-dong-mai, "moi co bay trat lay 1 cai", "mỗi cỡ" now each kind and the scope
 * takes the notched trowel too (scan.ts; +18); flan-xom-chua, "flan cafe 10, …", "cafe" now "cà phê" and the box of
 * 10 read (lexicon.ts; +7); sua-moc-chau, "1 goi keo sua nua can", half a kilo read and "nua" read as "nữa" too
 * (measured-container.ts; +13); tre-xanh-dong-lac, "hom truoc lay 2 bo 23cm 100 ong dung ok lam, lan nay lay 4 bo nhu
 * cu nha", a past clause read in pieces whose most-named piece is the bamboo box (bind.ts, "as before"; +63); and
 * bua-sang-phu-hoa, "2 xoi ga lon, a khong, 1 lon 1 nho thoi", "a khong" now taking back, the split placing one line
 * (clauses.ts; +1).)
 * (The session after let five floors down by one message each: phu-kien-may-tinh, "dây mạng 1 cuộn 305m", now 305
 * metres of the one network cable sold by the metre, where the writer asked which cable (containers of goods sold by
 * the metre, measured-container.ts; +45 on the pool with the session's first rules, nine confident errors fewer); and
 * dua-ca-muoi-chua, "… hũ 500g sl 2 với 2 hũ hũ 1kg", the doubled word now read past and the 1 kg jar placed where
 * the writer asked (words after a count and its classifier, elided-head.ts; +13); do-choi-dieu-khien, "đơn e là 2 xe
 * 1:24 xanh nhé, ko phải đỏ", the right car now asked about (a colour alone in a list, elided-head.ts; +16, eleven
 * confident errors fewer); and gom-men-bat-trang, "e muốn mua bình gốm cắm hoa để bàn, shop tư vấn giúp e", and
 * tui-coi-thu-cong, "mình muốn đặt túi cho đám cưới, 100 cái, shop tư vấn mẫu", where the writers asked and a request for
 * advice now asks nothing (advice.ts; +59, twelve confident errors fewer).)
 * (The session after that let one floor down by one message: toi-hanh-ly-son, "… và 2 ký tỏi cô đơn xá", now asked
 * about, where "tỏi cô đơn cân" now names the loose garlic by its word "cân" and the unknown "xá" is no word of it
 * (goods named sold loose by weight, name-words.ts and noun-phrase.ts; +16 on the pool).)
 * (The session after that let twenty-four floors down, for rules that moved the pool by some two hundred messages
 * and a hundred and forty confident errors the right way: an amount by weight or volume of goods sold loose by it and
 * also in a pack of exactly that amount now asks which (loose-or-packed.ts; "5 lạng bún sợi to", "nửa lít nước mắm",
 * "3 kg tỏi loại 1" beside a 3 kg bag: the writers of bun-pho-mien-phu-do, bun-pho-tuoi, cua-oc-dong-lac,
 * cua-oc-vinh-thanh, ga-vit-quay, khoai-cu-loc-dien, mach-nha-thi-pho, muoi-bien-hat, ruou-ngo-bac-ha,
 * toi-hanh-ly-son, tra-thai-nguyen-com-vong, tuong-ot-muong-khuong and vai-thieu-nhan-long placed the loose goods
 * there, those of the new batches asked); "chua" is sour where the names say so, and the catalog no longer reads
 * "Nem chua Thanh Hoá" as lacking "Thanh" (nem-chua-thanh-hoa, "3 chục nem chua" now asks between the bundle of ten
 * and the bags; mam-phu-thuan, thit-chua-thanh-son and hat-giong-hoa-mau, where "tôm chua cay", "thịt chua ống 10" and
 * "cà chua bi" now read as the names' alias and their writers asked: three confident errors more, against fifty-two
 * messages read right; and sua-moc-chau and sua-chua-uong-men-song, "20 hũ sữa chua có đường" now asking between the
 * small and the large jar, as it always could have); one message each of bun-cha-dong-ngac ("… nhưng đổi trà chanh
 * thành bia được ko", a set with goods swapped), gia-ke-sat-my-thuat and hop-qua-doanh-nghiep ("đổi thành", "in logo 4
 * màu": a tone written on a word the shop writes toneless now makes it another word); and one confident error more
 * each in bao-bi-minh-khai-2 ("báo giá túi pe 20x30 số lượng 100kg") and van-ep-tan-uyen ("Pallet cũ có bán không anh,
 * em cần 50 cái"). On the 1,090 sets of the session's start the parser reads 186 messages right that it did not and
 * 65 the other way, with 93 confident errors fewer.)
 * (The session after that let one floor down by one confident error: son-moi-my-pham-han, "son 01 đến 04 mỗi màu 1
 * cây", which had asked because "mỗi" was read as a slip of a catalog word and now places the first shade only (a
 * range of codes is not read); "mỗi" before a word of kind is never such a slip (context.ts; +10 on the pool, "ghế đẩu
 * 30 với 45 mỗi loại 5 chiếc").)
 * (The session after that let three floors down by one confident error each, all from one rule (a set said by its own
 * word and the word after it is meant over sets of another word that hold it, single-over-set.ts; +23 on the pool):
 * gom-huong-canh-3 ("… 1 bộ ấm chén 6 chén, mà lấy combo tết cho rẻ hơn nhỉ? thôi chốt combo tết 1 bộ": the tea set
 * is now placed beside the combo), may-tre-phu-vinh ("lay 1 gio may", where the writers ask among the baskets) and
 * sua-de-gia-sinh ("cho minh 2 hop sua bo tuoi"). Two later rules of that session let seven more down by one message
 * each: "N ly" read as N millimetres where the names measure in mm (+51 on the pool) in bu-long-te-lo ("tắc kê nhựa mỗi
 * cỡ 1 túi" places the sizes the names write in mm instead of asking), kinh-guong-phu-xa (two: "kinh cuong luc mau tra
 * 10 ly 3m2", a colour the shop lacks, and "vách tắm kính 10 ly 4,5m2", now placed) and tham-xo-dua ("30 met day 6 ly +
 * 1 cuon 50m"); a request for advice asks nothing (+38 on the pool, advice.ts) in banh-mi-hoi-an, buoi-binh-minh,
 * dong-phuc-may-san and to-he-xuan-la, whose writers ask about "muốn đặt … cho 40 người, tư vấn giúp" where most
 * writers expect no question. The whole alias naming its product, "hồng trắng", let two more down by one confident
 * error each, messages that had asked: hoa-tay-tuu ("Lấy 5 cành hồng ngoại với 1 bó hoa cẩm chướng") and
 * thach-rau-cau-bot ("cho e 1 chai màu tím khoai môn vs 1 chai lá dứa"). The size word only other goods carry
 * (+47 on the pool) let five more down by one message each: chuon-chuon-tre-thach-xa ("cho con e 1 con chuồn chuồn đỏ
 * nhỏ", placed where the writers ask), hoa-kieng-sa-dec ("em trồng ban công nhỏ, cần 1 bộ …"), lua-tan-chau ("mỗi
 * size 1 bộ bà ba người lớn nhé"), mat-ong-bac-ha-dong-van ("… à thôi đổi sang chai to đi shop") and tranh-dong-ho-3
 * ("Giá tranh khổ lớn bao nhiêu, em lấy 1 tờ lợn đàn khổ lớn"); the number word before "ký" (+16) two: goi-cuon-
 * trang-bang ("chả lụa đòn 1 ký 1 đòn, đòn nửa ký 2 đòn") and kho-rach-goc-ca-mau ("mực 1 nắng 1 ký, hay thôi lấy khô
 * mực câu loại 1 nửa ký thay vào", one confident error more though the set reads more messages right). A phone said
 * in words (+8 on the pool, with +66 for the other phone forms) let bot-an-dam-cho-be down by one message: "số điện
 * thoại: không chín bốn năm ba ba một hai một ba", whose writer took no phone from it. A verb of sending after an
 * amount opening no unknown goods (+17) let kem-chong-nang down by one confident error: "dat 2 tuyp sunmai spf50+ 50ml
 * giao ve …" had asked by chance, over "giao ve" read as goods, where the writers ask over the two tubes. An amount
 * after "chia làm" packing the line (+3 with the container sizes' +44) let hoa-thai-phien down by one: "e cần 20 cành
 * hồng đỏ, chia làm 2 bó loại 10 cành giúp e", which had asked over the two bunches read as goods. Asking how much of
 * goods sold by weight, volume or length ordered with no amount at all (unsaid-amount: +80 −21 on the pool, 84
 * confident errors fewer) let ten down by one message each, whose writers took one kilo, litre or metre where today's
 * writers ask: banh-trang-trang-bang-2 ("lay banh canh"), chuong-phuoc-kieu ("Cho mình nước lau đồng"),
 * dau-phu-lang-mo-2 ("e lấy đậu nành hạt loại 1 nhé"), do-tho-son-dong-2 ("e lấy vải đỏ"), hai-san-kho-cua-lo ("cho
 * e ca thu mot nang"), hai-san-kho-phan-thiet ("e lay ca thu nhe"), kho-rach-goc ("lấy khô cá dứa"), lua-ma-chau-2
 * ("lấy lụa đỏ"), mang-rung-ban-khe ("lay mang dang") and tom-kho-rach-goc ("E lấy tôm lớn loại 1"). An order the
 * customer will tell later (+24 on the pool) let trai-cay-binh-hoa-phuoc down by one message: "lấy nhãn tiêu loại 1
 * nha chị, số ký để e hỏi ý chồng rồi báo sau", goods named with their amount to come, which had asked and now waits.
 * "như đơn lần trước" naming an order to repeat, no past purchase (+4 on the pool), let trai-cay-hoa-loc down by one:
 * "Mình lấy thêm 1 thùng 10kg nữa nha, giống đơn hôm qua", where "giống", no longer in a dead clause, is read as the
 * seedlings ("cây giống") and asked about. A province or a city after a verb of sending read as an address ending
 * with its name (+37 on the pool) let gom-thanh-ha-4 down by one: "ship vào Sài Gòn chậu có bị bể không shop, đóng gói
 * kỹ giúp mình 2 chậu men trắng", whose question, once swallowed with the address, now covers the sentence. "có không"
 * closing a clause read as no word of the goods' name (+13) let nong-san-moc-chau and thung-do-nghe-nhua down by one
 * each: "phô mai Mộc Châu có không shop? lấy 2 hộp" and "túi da đựng đồ nghề có ko, cho 1 cái", goods the shops do
 * not sell, had asked over "có" as an unknown word and are now matched to "ô mai" and "túi vải đựng đồ nghề". An
 * alias with its grade in words said word for word ("hành tím loại 1", +50 on the pool) let khom-mia-phung-hiep down by
 * one, "lấy khóm loại 1 với loại 2, mỗi loại mấy trái cũng được", now read as one of each where its writer asks, and
 * lifted vai-thieu-phuong-son by seventeen messages while letting two of its others be placed where they had asked
 * ("…, gửi thêm 5 cân loại 1 nữa", read as the dried grade 1; "cần 300kg vải loại 2 …, báo giá giúp"). A verb of
 * packing before containers ("…, chia 5 túi", +27) let khan-tam-khach-san down by one: "e lấy 24 cái khăn tắm lớn
 * trắng, đóng 2 thùng giúp e", whose writer read the two cartons of twelve the shop sells. Asking which kind is best
 * with no amount ("…, loại nào ngon", +51 −3) let mam-kho-chau-doc down by one: "e muốn đặt khô cá lóc làm quà biếu
 * sếp, loại nào ngon nhất chị", whose writer asks which. A payment said done ("ck rồi", +34 −9, older writers placing
 * the goods named after it) let sua-chua-uong-men-song and tranh-gao-tranh-cat down by one each: "e ck rồi nhé, 2 lốc
 * dâu 65ml như đã nói" and "ck rồi nha shop, đơn: 1 chân dung A4", whose writers place those goods. "cỡ vừa" among three
 * siblings read as the middle one (+3) let tu-quan-ao-nhua down by one: "e cần thùng đựng đồ cỡ vừa", whose writer
 * asks.)
 * (The session after that: a counted container and a measure written apart, "… và 1 chai 1 lít", naming the sibling
 * of the item before (+12 −1, elided-head.ts), let gom-tho-ha down by one exact: "…, 2 hũ 10 lít, 4 hũ 5 lít, 4 hũ 3
 * lít", where the jars after a jar are now read as siblings of the one before and one of them has none of that size.)
 * (The same session let fifty-eight floors down for one policy (pack-for-amount.ts): an amount by weight, volume or
 * pieces of goods sold only in packs is read as packs only when the packs make it in one way ("2 kg" beside bags of 1
 * kg and 5 kg is two of 1 kg); where they make it in several ways ("1 ký phấn hoa" beside 250 g and 500 g packs: two
 * or four) the reading now asks, where it had handed over the largest pack. The writers of the 480 sets from the
 * latest brief ask there (on them +115 exact, 113 confident errors fewer); the writers of the 1,090 older sets had
 * converted (on them -94 exact, 49 confident errors fewer); all told +21 exact and 162 confident errors fewer. The
 * sets let down: ban-ui-hoi-nuoc, banh-canh-bot-loc, banh-da-vung-kep, banh-troi-banh-chay, bia-ruou-khai-truong,
 * bo-kho-thit-say, bot-an-dam-cho-be, bot-matcha, bot-mi-lam-banh, bua-sang-phu-hoa, ca-phe-muoi-hue,
 * ca-phe-rang-xay-buon-ma-thuot, ca-phe-vien-nen, cay-ot-giong-rau-mam, che-duong-nhan, che-hue-mang-ve,
 * com-chay-ninh-binh, do-an-chay-dong-goi, do-an-han-quoc, do-spa, dua-mo-cay, dung-cu-cat-tia-cay, dung-cu-lam-banh,
 * gia-vi-nhap-khau, giay-dan-tuong, hat-chia-hat-lanh, hat-dua-hat-bi, hat-sen-toi-den, keo-silicon-dan, khay-tra-go,
 * kim-chi-dua-muoi, mang-kho-dac-san-rung, mat-ong-hoa-ca-phe, meo-nam-giong, mi-chu-bac-giang, mi-goi-thung,
 * muoi-bien-hat, mut-tet-hop-qua, nam-linh-chi, nem-lui-hue, ot-bot-gia-vi, rong-bien-kho, sen-hue-tinh-tam,
 * son-chong-tham, sot-lau-gia-vi, thuc-an-chim-canh, thuc-pham-an-kieng, thuc-pham-keto, thung-rac-tui-rac,
 * tra-hoa-say-kho, trai-cay-say-deo, trung-ga-vit, tuong-ca-mayonnaise, tuong-ot-muong-khuong, van-ep-tan-uyen,
 * vat-tu-y-te, xe-dap-xuan-phuong, yen-sao.)
 * (A later session let two floors down by one confident error each for English "one" standing for the goods (+60
 * exact on the pool, none lost): "I want the red one, 2 pieces" (son-mai-tuong-binh-hiep-2), where the writer asked
 * which red goods, now places the one red box; "I'll take one durian, the Ri6 grade 1" (trai-cay-long-khanh-2), where
 * the writer asked how much of goods sold by the kilogram, now places one kilogram of that grade.)
 * (The session after let one floor down by one confident error for a gift box not meant by its box word alone (+38
 * exact on the pool, none lost): "e lấy 1 bộ ấm chén, 1 lọ tỏi 30 nâu, à thôi lấy luôn bộ quà tặng cho tiện"
 * (gom-phu-lang-3), where the writer read the gift set as replacing the whole order, now places the tea set beside it;
 * it asked before, for "1 bộ ấm chén" fitting the gift set too.)
 * (It let two more floors down by one confident error each for an English count after a verb of wanting (+25 exact on
 * the pool, none lost, 30 confident errors fewer): "Do you have the woven palm leaf bag in a bigger size? I'd buy one"
 * (dua-ben-tre) and "Do you have the backpack in 30 liters? I'd take one" (tho-cam-muong-bi), where the writers asked
 * about a size the shop does not sell, now place the one size it sells; the size said after "in" is not read with the
 * goods asked about.)
 * (The next session let twelve floors down for phrases of sizes and grades only ("loại 1", "1kg loại 1", "500g") no
 * longer read as capitalized names (on the pool 15 exact more, 22 fewer and 96 confident errors fewer): ten by one
 * exact message each, where a grade said in passing ("loại 2 thì mai em báo", "không phải loại 1", "đóng 4 túi nửa
 * cân") is now asked about (ao-thun-in, chan-nuoi-suoi-hoa, che-thanh-chuong, com-lang-vong-2, dac-san-bac-ha-2,
 * duoc-lieu-dai-yen, hai-san-kho-can-thanh, hai-san-song-cau, mam-kho-chau-doc-2, tho-cam-ta-van), and two by one
 * confident error each, where a size said between the goods and their count takes the count ("mình lấy tranh hoa sen,
 * khổ 60x90, 1 bức" in kham-trai-chuyen-my; "hollow bricks with 4 holes, 500 pieces" in gach-gom-mang-thit-3).)
 * (It let one more floor down by one confident error for an item that drops the head noun and says "loại" after its
 * amount (+32 exact on the pool, one lost): "Tháng 7 nhãn chín thì báo e nhé, e lấy 50 cân loại 1" (nhan-long-pho-hien-3),
 * an order for when the fruit is ripe, which the writer left unplaced, now places fifty kilograms of grade-1 longan.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missLines, readLabelledSet, scoreCases } from './parser/labelled-set.ts';

const dir = new URL('../fixtures/parser-unseen/', import.meta.url);

/** The files as they were first measured; a changed file is a new set and needs a new first run. */
const FROZEN: Record<string, string> = {
  'ac-quy-xe.orders.jsonl': '6906a296027a06564df688dd622f7d3a6612bff7e472caafc801237f435a28af',
  'ac-quy-xe.shop.json': '7716a9ff04dc580542a7eca2ade0aa39bb65f36ac093e0c81cefed3e170c78da',
  'am-chen-bat-trang-2.orders.jsonl': 'e28c3536331e4bb84e0deb0e38727cef489f0cd56f5315503af342ec9062d862',
  'am-chen-bat-trang-2.shop.json': '803bf845e9d9bb64ab46aedd74ca8afa2c124faa4c07d8bf41ca3f4285257673',
  'am-chen-bat-trang-3.orders.jsonl': '072122ccce72b7053506233ed9bb49604c6138b9cd41bd8665f162781f2bca52',
  'am-chen-bat-trang-3.shop.json': '419989959320b3c3a0f96ed5767a5237a728f84dc6f6663eeb48cfb8f5ccbe67',
  'am-chen-bat-trang.orders.jsonl': '0a9f4f5265ab258988d89f332f231cbd95a3458b56d7bc93732c749978d1b5ad',
  'am-chen-bat-trang.shop.json': '5b755bb57cf6cda4bc934b967b60377bc66433b615f032e77c0cc1612900c711',
  'am-thuc-ban-lac.orders.jsonl': '40b7807190b5978dc1f7750eec3e188e3a6033f88cc891cb0ef4dde2bc8534f3',
  'am-thuc-ban-lac.shop.json': '8231eee350fa33e58997f8c9f19d748ce7def89781763d494795ac4c83ec2d42',
  'am-thuc-ho-tay.orders.jsonl': '8b9eb1cef3e9e3638bc633261f92b83f4f25c589d5f5ef52718088e762947eff',
  'am-thuc-ho-tay.shop.json': 'fcee92c96e8151ac67db5ec901482313bb3ac2145b12754553ac74c0c3fb02fc',
  'am-tu-sa-chen-tra.orders.jsonl': '894a879f8a0029067bbc86037c61180d2d40e687fff82f17c05f5b12dda6ea52',
  'am-tu-sa-chen-tra.shop.json': '89bd10817e1311efcacf45d4e3d71ff068ddf8117dc6b49dbc626a34e5999745',
  'anh-lai-xa.orders.jsonl': 'ea5f46c832fecc2afe2ae770a182edca6ac2115f6ba92af38a385c3def28c0d0',
  'anh-lai-xa.shop.json': 'bb04c657f24d330524b6c4a10b8f642df869d029d6a39dc1e4d38a9723792d44',
  'ao-ba-ba-may-san.orders.jsonl': 'f9a96aadffed279fe19bc8e22141aae77515e094f7d8cbed0733ff1e2bbb019e',
  'ao-ba-ba-may-san.shop.json': '476715d5de4f255e06153e2166571223c0f8ec3f332812acf8a7b829382af7c0',
  'ao-dai-cuoi-cho-thue.orders.jsonl': 'ba7d24e665a1fb8de048645a1662f46378f7e28f3d27b5530b4d620397a008a5',
  'ao-dai-cuoi-cho-thue.shop.json': '45a4e54f3f8ae2b858f8031f6b1aed8e6f1198d35aa6548b0ab86bea8a8750b0',
  'ao-dai-hoc-sinh-tan-chau.orders.jsonl': 'ed82356f61f99b12addd5f88ca08e90bad7b6f9cb7e7ca611b0606ea8f3b2468',
  'ao-dai-hoc-sinh-tan-chau.shop.json': '0ffc96ca6e75703c7d1c2ab08863ffda275ca00dc6b8684214a1aef73a7a01bb',
  'ao-dai-may-san.orders.jsonl': 'a98530daaa2ded16482836701754c9588f6a038e43005ae0a59d57ed469506ce',
  'ao-dai-may-san.shop.json': 'a8c7a6ae715003c34005296356f904347433cce3bb4057cf272ec113fc411b1f',
  'ao-dai-van-phuc.orders.jsonl': '0dd9f5fc173dea9ca97b42e031ddb70eef7e4954327239d3b96dba3f6585e03a',
  'ao-dai-van-phuc.shop.json': '46ecefdbbb103d7c73eda3d8cefbd0ba65490d8caf24b0f5be9ea951a4dc5b13',
  'ao-khoac-phao-nam-nu.orders.jsonl': '41f52298a9125640d66e34625f5f75632f24ebd130d3488f52a9de90be504b00',
  'ao-khoac-phao-nam-nu.shop.json': 'adf94e069ad38463301c1494ac98bb91b7c809c98aafab0b0467d023f557ed9d',
  'ao-khoac.orders.jsonl': 'b390e1a04b0a73eebff09ca83a28fcd0cb5745dbe79a7dfe49012a3271ed7b8e',
  'ao-khoac.shop.json': '50ecda100c10e47b76c099178ddd8f6199e64f68e828ba7c90ba4151e0f0ec81',
  'ao-len-dan-tay.orders.jsonl': 'de37b86aa7bff599dc66b2a1e50072cd14aef384ebd0f516afdaff0c771babd9',
  'ao-len-dan-tay.shop.json': '9e49035aa804ef6201139bb47e120e50383e256c88a4047f89742e93fe0823b2',
  'ao-mua-hoa-xa.orders.jsonl': '0f3b2d8b1381012f863a67c1f50d292eab6ab5f3f611523ef7d1c00fd12db629',
  'ao-mua-hoa-xa.shop.json': 'b508fec0c625ffde5dcfa974d9fd36250516e407bf4b1a631904ce7ff598058a',
  'ao-mua-o-du.orders.jsonl': '5b0b166071cb19d2642ff59841c6c0dc431b767672acef01d2cf3adb97b82815',
  'ao-mua-o-du.shop.json': '7a98178cc10aebb7e032bc69dfc962d3e99fb744e7bbc74b4c31ef1fb966619d',
  'ao-phao-cuu-sinh.orders.jsonl': 'e6ea7e52c65857f1f6c462adccd9539654e25ce4c3825fa56d49c18ed15d2ce9',
  'ao-phao-cuu-sinh.shop.json': '325fc843270e9017f367571fd2d40c7edf72d06ab0dda725d9ac03c15b2cbacd',
  'ao-so-mi-cong-so.orders.jsonl': 'b3ce35cdd8be6163a0ae36747c27d48dfcf493b19568975ee66aa75c0a593635',
  'ao-so-mi-cong-so.shop.json': 'c9d243ef680ee51b64a916331935e991791c146148222c202c63c5ffac09fb8b',
  'ao-so-sinh-do-be.orders.jsonl': '012a7acd30f1e032bcbbd6b33257436a415d25687c478709e6008f6acc9eab8c',
  'ao-so-sinh-do-be.shop.json': 'be69d0dfe64dfd939445a5394a0adc801374bfd6c872c0de6ae1cbae6d3b1aad',
  'ao-thun-in.orders.jsonl': '87f5b2c16a62bd0951b4dd86dadd9153675340801aa6bc2bf8ceec44d3224a9e',
  'ao-thun-in.shop.json': 'f1d79c32dd7b9f994a51a8bd5e36625ad27eb5daa1490d6dfb8cd81c57d28274',
  'ao-thun-la-phu.orders.jsonl': '713d41b65937713b1dd54707b2eca3195d42a8c0a182ad20b85e926b49da3d5a',
  'ao-thun-la-phu.shop.json': '7dcda31ab5ed1b9446c8e793ee03a6f0dc1693fa012ac8e6bfbbc149be109d44',
  'atiso-da-lat.orders.jsonl': 'b6557ed086f6803cfeb1210cc7bd52df29dd4173287fea63622dad3ae3825b35',
  'atiso-da-lat.shop.json': '75c89b2fa0c878bc1ba92637a98ea49bce3affe0a42ae66c78e7a28995f97272',
  'atiso-trai-mat.orders.jsonl': 'f9cb195686d1fe5f51a56610d48a7d3b25463fcef6b57745b12713649f204bde',
  'atiso-trai-mat.shop.json': '5231b025ecc86a41a3a9050c98d42cf4a8a7fde8b422bf6c54f5d3e978032e0f',
  'bac-cam-vu.orders.jsonl': 'e3b1901e3f14e1a1b35831b7a0e687b8bcf03a0df382fb889619acbf54abdb75',
  'bac-cam-vu.shop.json': '4875fa01bf2b305a1e5eea7ff3b5f37c82629c1f5de96b2625fc9c084b03211c',
  'bac-chau-khe.orders.jsonl': '2dca3afa16d4ad58abf6064c11c53519783b91cc60c3aae039029ec688cfb561',
  'bac-chau-khe.shop.json': '4210b58711e61f29ff5401aa333272f7988fecebf4888296635d1b5282598759',
  'bac-dong-xam-2.orders.jsonl': '3aa33652b2a12aa956e07a9236429b4bd34bbef3c88c357fecf313a370148566',
  'bac-dong-xam-2.shop.json': 'd78d6d92aca2fe280fd7f28099bc00b6fcc3d01b1c90b75450fb84615c8f8c0d',
  'bac-dong-xam-3.orders.jsonl': 'bf1ff1644926985d7c1aa5911a074df10ead3b631f97d914600a41fd6313f34c',
  'bac-dong-xam-3.shop.json': 'bdd5ce5267849c25fececf8837c643deb8536dc8a70ba2b9129c1fb2aba38d50',
  'bac-dong-xam-4.orders.jsonl': 'b280595794099499c872f60ee5165f28cd010a5d2e95dc653efab126d32cf14d',
  'bac-dong-xam-4.shop.json': 'fb11a816f27b22198112288eee7569e795b19e3910f1d237c7c2cd0b072dab3a',
  'bac-dong-xam-5.orders.jsonl': 'da5367c9f3d02f2203980bfdf8434fe9923095572b00208a37cd7e1cc0a20365',
  'bac-dong-xam-5.shop.json': 'dbb65ee7e7936fe80e6bae0550897a8ed6f7a8c8946cdd1b110c2e86d1b918ed',
  'bac-dong-xam-6.orders.jsonl': '48de20c403be1fdc49f32f1b1728eb2a084ae0231c57770f7c17bf1b9aced4f5',
  'bac-dong-xam-6.shop.json': '466e54c78020c30ea34f8f8f596f1b26ac927dbe3099b243aefbaca19b53986a',
  'bac-dong-xam-7.orders.jsonl': 'ce10a3a6490e9e87b2cd39a738a4ebfc81407257326ac46f9caada2d9eb06fb2',
  'bac-dong-xam-7.shop.json': '72778373290c78b95b905555806315062911518135aad62d650b3e2feda9aaf3',
  'bac-dong-xam.orders.jsonl': '3ddc7015147be832eb1fbd7d4ed19a507bf2ccc355c4207fbc7424585f21cfda',
  'bac-dong-xam.shop.json': '21d478999b92ce5d274885f667891c26f00a0834eb54c6b2030c8cbbc292f04f',
  'ban-chai-dien-tam-nuoc.orders.jsonl': '1af3c9032badf4b1f9954b31c2dfffdefd21e9d173f6bd91eb693b2ad57f4a1d',
  'ban-chai-dien-tam-nuoc.shop.json': '14537efd625786796ed5fa83fc54ad20808237efea62879becb4308211a1cdc5',
  'ban-chai-kem-danh-rang.orders.jsonl': '11b8914e6962172abe4d8c29f1f7a58431ad298254e7a60059482ba01a4d1ea0',
  'ban-chai-kem-danh-rang.shop.json': 'f5863442f8797c7c0071ef6c5147017c60904b38a691aa1ea8e2cdf7bc7b1c74',
  'ban-ghe-cafe.orders.jsonl': '6fd2f9be6a457722e2bed60667dec5bcdcf49209b108478897acd0fac9c352af',
  'ban-ghe-cafe.shop.json': '47ebf17622ec5a3160371002365bddac21c2137f74cd09e51f877d2d8a763951',
  'ban-ghe-go-noi-that.orders.jsonl': 'b053a18027b2b793f4a38635e878ca4d5c8bb3e37838fcf64989312f23603c8d',
  'ban-ghe-go-noi-that.shop.json': '27eb93bc8c553a9021979aece99fe6e236814a832caea2f02602e10c4b16851e',
  'ban-ghe-lien-ha.orders.jsonl': '650e66fced52892415d1dbe68f2c415d6868b8abe5c8609e48b49cc6c8faac86',
  'ban-ghe-lien-ha.shop.json': 'ec88d7471d79a8ec7ee5ed127d62d2efd5d1a77bbe4dc5459ecd50cadbe60a42',
  'ban-ghe-xep-nhua.orders.jsonl': '9257beb0bafdb3235c29dca7c7a3cb207a5953815d4133b52c9c91b34cb87100',
  'ban-ghe-xep-nhua.shop.json': 'dcfabee22b5759a9d3a7b354b48bfa65f722862edaa0c1a53dff344d11e814f1',
  'ban-lac-mai-chau.orders.jsonl': '88f05a8e72b2f236dc5dce911693ed2239a6c54baa4b9a31e43f22e1a2509bb8',
  'ban-lac-mai-chau.shop.json': 'b2c62ce6c7bb631e54d619371ba4ebf4168954150522cf2b1a3c04a999cb2655',
  'ban-phim-chuot.orders.jsonl': '84505d41762a754866758f36b8db3f046c54920df6f6152bafff5281e657b4ec',
  'ban-phim-chuot.shop.json': 'ebc15c762f078960b62ba49bb7404623115d4f63733737e5dcdad30fb37a11ce',
  'ban-tho-son-dong.orders.jsonl': '23bba7418cc694b75f882fbbd6b6033a51da45eb2bd48bacdec478bd09fc100b',
  'ban-tho-son-dong.shop.json': 'ce44339b4f53e2ee2516d1c5c9d1a14d469d49f1cf6ed8b086fdaee1a79ef818',
  'ban-ui-hoi-nuoc.orders.jsonl': '7d7a52c489815a365c6652f74150d2cae8dca9458cd5f49d0af1fb6013e538e7',
  'ban-ui-hoi-nuoc.shop.json': '850609969a1f6f5ae696a5125f5a8f24e0f9a04c3a09d267169899573fa3e47d',
  'bang-keo-dong-goi.orders.jsonl': '1f02dc24ddfae0fe5d215c75a87f812c442ce091c7b0984074237a457a7a567f',
  'bang-keo-dong-goi.shop.json': 'abdae00abd144ccc4db4d273a8a05e5cde40a56eb869f1d9965e913ac4eacaa7',
  'bang-ve-sinh-phu-nu.orders.jsonl': 'ba5e7d44a787bf7c5f4ae66a7e679b45f7d74c6e287c99909b11b33f19d05850',
  'bang-ve-sinh-phu-nu.shop.json': 'eece0e3d0b2e83364dbd6014415cb295354586ff965c78af253b9a58429e1202',
  'banh-bao-dong-xa.orders.jsonl': 'f5c9544b1194c7ccf313e3875d579d3477c81c8a86756f055275342100086f38',
  'banh-bao-dong-xa.shop.json': 'e3739f92a7bb126655a41be49195aba7dfc5ad285dfc8356e55c69f349aa72d4',
  'banh-bao-ha-noi.orders.jsonl': 'e5ee37534daa7d05740ca27d164c863602fd6726b944cad69e95f2f600d45aec',
  'banh-bao-ha-noi.shop.json': 'c604ab6c4bbe33d8fa412f96d825a215208a64a51f306c103526a7b152612fd5',
  'banh-bong-lan-cuon.orders.jsonl': '0a6491c685651dc7366d42e135b5066031060d8f879054758db925f4536e2eb3',
  'banh-bong-lan-cuon.shop.json': 'b12c1062a5142d93cea3b153f2526e7df856ecc2178a630a493886029c3104a8',
  'banh-canh-bot-loc.orders.jsonl': 'dbc563a587bef1a47ac1451279762d6f2cef1357020bc9c854f4d21fe7a949d0',
  'banh-canh-bot-loc.shop.json': 'e0e0629605178661cf9f38c8c10bd96dd92176fbf149b48e71d3ab81eed888f6',
  'banh-canh-cua-tra-vinh.orders.jsonl': '6e78f493d8ed00f10a711c53583dc301532b7eed30b5db553e98bdd937621852',
  'banh-canh-cua-tra-vinh.shop.json': '6d76624c53e5e12d68ac4f2adddea660c3858452b0227e44e95b485e75a412c5',
  'banh-cay-lang-nguyen-2.orders.jsonl': '45efc3e2d6ea55e702ce5684cb4afb8cc757c44d0446d3545db86e3e376effca',
  'banh-cay-lang-nguyen-2.shop.json': 'd21da9357b43b5b105be433a99bd797ed353b893ae5ade7bf62a95800f52f55d',
  'banh-cay-lang-nguyen-3.orders.jsonl': '96b507eb1b8c0f2457d3644ea6675b942fd4886992f5dedf4539348d529bdbd7',
  'banh-cay-lang-nguyen-3.shop.json': '1e52aba2272cd0ecde301b5753019b4432adff68a7a7f2f14f659a49f958fcca',
  'banh-cay-lang-nguyen.orders.jsonl': 'b2649ea20a957f83dc87d79814f5061f52e31bbb9d9ad02593a656ebb10afb30',
  'banh-cay-lang-nguyen.shop.json': 'b9a21803eb18c1418819646a3659a8daa902a987a798ed6ad41ed7a4b02e3170',
  'banh-cay-nguyen-xa.orders.jsonl': '75f4e6a3a31a41570cd5a58c23c6279493ec35ad0f8be693c7e6b6083a309ccd',
  'banh-cay-nguyen-xa.shop.json': '35a9b6c8c490be91cc6abb0119302feb0e86fdffea8a3f802dcb752382500e5c',
  'banh-chung-dong-ngac.orders.jsonl': '2154bbbcc5ea2225b4215052fb6a4ba265705b079d551f9d3dc3f5038b96bc95',
  'banh-chung-dong-ngac.shop.json': 'cf262f86b3bd13e60500dd293d4abeb71d9e3bef7f869c3b993bdcd916d0097a',
  'banh-chung-tranh-khuc-2.orders.jsonl': 'b34fc7019e93c2cbd06b0ec6fc0076a141aa50e005d30288264813e3b039a219',
  'banh-chung-tranh-khuc-2.shop.json': '67975d4698c6ff2ae8958f7314d3d80dd399239efc672908576b643543e83d43',
  'banh-chung-tranh-khuc-3.orders.jsonl': '4bd53511e9658ec3151ea66997016c313fab556aa3f80da858456479c696afd8',
  'banh-chung-tranh-khuc-3.shop.json': '5acd49f821223ed2a59ac82e5d4ee6fcabcac65824dbd72265a5c964f31166a7',
  'banh-chung-tranh-khuc.orders.jsonl': 'd7a8193a7c874ef19fdf745ef5d424161a78a3327e339608f45dc1c88e4206a0',
  'banh-chung-tranh-khuc.shop.json': '5f7f7fb04d94f8aceab7cac8d503c3c948ce28d76a8b22aadcd005ba769977ab',
  'banh-co-truyen-dinh-bang.orders.jsonl': 'b38c1bb859b460a8c44e835185061c1752d96b8317f597348471030deafb4bdb',
  'banh-co-truyen-dinh-bang.shop.json': '8c9641c81884675e3dd168a833d7dbfa098950c1099188b83d65302fc79bfe1a',
  'banh-com-lang-vong-o-mai.orders.jsonl': '4aca7c271aff868c61f48cfd61bcda0da1f6d5574a23dac344464958e3bb8408',
  'banh-com-lang-vong-o-mai.shop.json': 'c995cdd7bbc611dc2b10ca115d2725398745d790a3698558d905caff9887e5d7',
  'banh-cookie.orders.jsonl': 'bc06c18162d4de507010e0350c520442c73161b48ef1ef170496d3c207f67909',
  'banh-cookie.shop.json': '35edb4ebcc68fa4f2e16c11e8132007651cb6b5752a31495517540e723394f30',
  'banh-cuoi-dinh-bang-2.orders.jsonl': '0a2eae1c01992e196180399d5c30fac77f581c8ada4da3aaa48b8d5b93d92a48',
  'banh-cuoi-dinh-bang-2.shop.json': 'f43337f528521701c9f4b7a3a7e12733cdd344cd567dd4a37dc785e0b84deba9',
  'banh-cuoi-dinh-bang.orders.jsonl': '1b029e1b65b870bc5031db5f5ab27bfdebc8e151708a202d4711078ae8b254a6',
  'banh-cuoi-dinh-bang.shop.json': '8a830bd2bb9b79292e4ad8b9650b5809a3fa40c21aea089ed1f7b9fec37ee3f7',
  'banh-cuon-thanh-tri-2.orders.jsonl': 'ab58cd34e7c49ebf7e747b3493b963733360e63714d1c3dae57d90bf2c409290',
  'banh-cuon-thanh-tri-2.shop.json': '35476d0e06709203ba23ff06b6523c632912951a240528facae9314121694e38',
  'banh-cuon-thanh-tri-3.orders.jsonl': '28cb808bd9fe832b7113c3e23cd1eb6b97ff2a336bc8581cbb46fa644d9b9007',
  'banh-cuon-thanh-tri-3.shop.json': '81b06d7cc5efdcc873d43b4957fb6088084ee7a2cfc7582701265457e0ec94b0',
  'banh-cuon-thanh-tri-4.orders.jsonl': 'b9c17a91a143ac576f93fee323231d1489f299958a48b19ff1cccb5f9ddb072a',
  'banh-cuon-thanh-tri-4.shop.json': '3f87383729cb5911ed752252d2de9d49ef7080fefed94dad3027e3ca456eee63',
  'banh-cuon-thanh-tri.orders.jsonl': 'd16dd042ff9a31c9039ef5d30d1ea83e422d5addd5343e9238c53f2fbc28bdcc',
  'banh-cuon-thanh-tri.shop.json': 'ed8496d56a2894c3c20d1c45632cde9d32c75b658fe66dea760a7d7a58b5faa4',
  'banh-da-cua-hai-phong.orders.jsonl': 'c3944221340a3886749099de4bab290a517461a22930943ca1f73bc0df08ed51',
  'banh-da-cua-hai-phong.shop.json': 'f11efccad18ec1b0831421c9b709599ba7b4bff3fb7b05710bbaadc82ad26bbe',
  'banh-da-gom-tho-ha.orders.jsonl': 'eb53f0b1c8dd1a0596dcac698c63a035967f4d6da7f073b3b22a98381da11106',
  'banh-da-gom-tho-ha.shop.json': '8ac14e5b897778cf50e695a75b935076e2c98798920f12a05acd775db33d0351',
  'banh-da-ke-2.orders.jsonl': 'd579bb188bb785e55b515f03fab575d5e636f606e5bf6ee8bda1db23be3a5683',
  'banh-da-ke-2.shop.json': 'fbce3828ef149de0547336a5442201c2cb69354cd5d3b3d633b943b45b7ff5f1',
  'banh-da-ke.orders.jsonl': '53c9c8be9868e86aa99f0a09ae2f1ccf766cce748687a4ffb367c3068da00b07',
  'banh-da-ke.shop.json': '8e6e8e05f3230ae781f8b7bd7430a6edfd6896449e144c98ea6116d96b7ec0d0',
  'banh-da-lang-cheu.orders.jsonl': 'fed77d090f1dab1d04fc7a4ca72017b88567fe353d79bcfd68b163a99844ecac',
  'banh-da-lang-cheu.shop.json': '8cbe42675f348e406b4f962dff4617672fea62540f59faea664909b87e48c4f9',
  'banh-da-nem-lang-cheu.orders.jsonl': '138e08de98a401c5200bad44041ea16615eaadb44f5b92ad785e806979c4ecd6',
  'banh-da-nem-lang-cheu.shop.json': '96ac5ad30937c7f9d17bb20199706eefb831c93844a949161b1edddd3000a66a',
  'banh-da-tho-ha-2.orders.jsonl': '412b299be61b169ce3e1facd594c6b3f2e21e333b1ba624b73aabeddd3dae054',
  'banh-da-tho-ha-2.shop.json': '544b67f157bf40a28e15280b594a5e13999ff3b8f6781e8d43030a83179bbe53',
  'banh-da-tho-ha-3.orders.jsonl': 'a7b453aff2e75a3fd84f6cbedf44acc528d446d6197335a5c7d66947c18c17ae',
  'banh-da-tho-ha-3.shop.json': 'f187b8746197db5f8cdb0ea61e59fbe606281a5cf7c01c2c5aa26245cf5a7cd4',
  'banh-da-tho-ha-4.orders.jsonl': '9959d18568c61fbf1e81f5e9d5b848e743194fa7d66e52203072867b83a01d98',
  'banh-da-tho-ha-4.shop.json': 'c6ce1d523920102d2a7036587099320242d559dfd75ee0c76c4cd7ec0b50f5d5',
  'banh-da-tho-ha-5.orders.jsonl': 'e8dc20233e84dc184f12a3eafe3b183df709030f6a9b9e17e7912657bcc5ab00',
  'banh-da-tho-ha-5.shop.json': '70751b6aaccd799d6e32e1be6e985fa399e163a6a1005e138033dd82225f339d',
  'banh-da-tho-ha-6.orders.jsonl': '534e1e98e7e48f3f3bdf63a2dd44520942c2be21ba40216422a79b17d0c5f093',
  'banh-da-tho-ha-6.shop.json': 'f3f0594d8ea989c3b2318fba134b031a98e167ff53eea067e19378fda91c6cf5',
  'banh-da-tho-ha-7.orders.jsonl': 'fab6f80ba355ed50fd930fe0c22743f59669576f6d073dcc017bb0e9e263a667',
  'banh-da-tho-ha-7.shop.json': '5de84b14fb6c1ce48d5beacbb150c7fb99fa08ebc5afd5642022b70097a0be29',
  'banh-da-tho-ha.orders.jsonl': '40cabdd03beb8247e7d3fcb8080c7482de8254b7ffb97fd0e3234c6e60f2cb18',
  'banh-da-tho-ha.shop.json': '41cb2b071e81a61025c3e3df4e3e770283668477f922d580da5717d9c78fa858',
  'banh-da-vung-kep.orders.jsonl': '44f83f08f1cffd2e4c69c7dff9873601d15c830c260658f66955c3fabaa2a3b0',
  'banh-da-vung-kep.shop.json': 'bc20f4872d90d7431574a0572f4b8f1d775aa0ba0a0fd5d34ca47c7f05943dcf',
  'banh-dau-xanh-hai-duong.orders.jsonl': 'c3f9dfb291b959c0419cd31c77cc50a7b7cee5245970b5c214469bfaa46d4fd3',
  'banh-dau-xanh-hai-duong.shop.json': '7063518152d1a52bb1d22490ba6acb53318e5bebada8495087d83cad7fe5f6ff',
  'banh-dau-xanh-pia.orders.jsonl': '419c741d048eb041a8b19a49e1f39a825a6107e7967003bf6609028219eb1b92',
  'banh-dau-xanh-pia.shop.json': '056b27436c1d4cc63d552313fd1e57fe8c8a8879e26bbaa945b92c917c85349b',
  'banh-day-quan-ganh.orders.jsonl': 'df2a6bc16b140ab8a9b48b29268df6706edba9e208d3fa95434d07d9779e8e47',
  'banh-day-quan-ganh.shop.json': '17c48c64da196e65ffd55e9ddf00a22f2e8dec6969cc019a8c82d42fa16a0e5a',
  'banh-ep-phu-hoa.orders.jsonl': '66b6fe95a140e8b0e21e186824d2db849e9a0db7ba1be3403db468bb37ee282e',
  'banh-ep-phu-hoa.shop.json': '91452d5883ea1dbaaa13f0ba8a8fa5ac1b2eeeb7a3294df71f156c8ddc90d236',
  'banh-gai-ninh-giang-2.orders.jsonl': 'bd83616d13972d2f69cb9ece9ac706f57cf3ed969096e4476723c172fff1f462',
  'banh-gai-ninh-giang-2.shop.json': '63b17d65604df2816affae0348c991750028e1b10c3cb27d7746ce30658be68d',
  'banh-gai-ninh-giang-3.orders.jsonl': '558e165fdd875d72c44254d83e689ccc0d0839050b4b22193eabb0f5888aeaab',
  'banh-gai-ninh-giang-3.shop.json': 'f53365ac1eb15436190545f148721dcf56910a5bf6271e3eab35ba390e418d3b',
  'banh-gai-ninh-giang.orders.jsonl': 'f5605a8f6e806a48e9ab56fd985b0e663df5752c952ddd47cafbb41c6cdcac76',
  'banh-gai-ninh-giang.shop.json': '1dda8cb1e521168cf3afab2ce3cb309f67660b430e8428d248006d4466ec016b',
  'banh-hue-kim-long.orders.jsonl': 'ddda70626ee6322d2c7fff73bf377b69381cf8c0bd95a649a4483ec481112777',
  'banh-hue-kim-long.shop.json': '7de9d1f86e57483be6c51308ff66744bce4986a4ba7f0afcd6a310aac1c7caaf',
  'banh-hue-vy-da.orders.jsonl': '74746fd397a9e006df175cc50e3030bf1afb0646440d314d41a1d334f2d7e2b0',
  'banh-hue-vy-da.shop.json': '59846bd8667a1266d33368d68a65570a0d8c3fb330f3de004399e6e2228becec',
  'banh-it-la-gai.orders.jsonl': '16e46fc140f43d9b7406752e3a3582d579e715aa42dcfb0e12da086a23799b1c',
  'banh-it-la-gai.shop.json': '2b76fbeef652dee5c39356ed35e8e6c43d87861affc61062e8ac863b88bbb129',
  'banh-kem-sinh-nhat.orders.jsonl': 'a31b17df761d95bcddc4837b67b5cc439c15f9f18f09cef260d1d2c7c0c2a93b',
  'banh-kem-sinh-nhat.shop.json': 'fa2ffc25818fc3b0e0990ceb15a33c06616df758117528d2a64a9557cd3fc29c',
  'banh-keo-an-vat-tre-em.orders.jsonl': 'e7826855e5ef855ba127ad74e4466085d9f66d221186d69cfaf8f9e1c8522965',
  'banh-keo-an-vat-tre-em.shop.json': '15fcd525cf5a969657fa33036f60ff6d6970a95790a7564fe4c3f9948b614c15',
  'banh-keo-gia-loc.orders.jsonl': 'b789b33e7de1c97db7ed5c0502287829f38eb5bf4691617588c9bbd44d1f7867',
  'banh-keo-gia-loc.shop.json': 'b93d709883a52fa132837a3f76995f9127591edc733c68d021f2ebecf83124a6',
  'banh-keo-quynh-doi.orders.jsonl': '13e508ecb09a76f066c5b7923cce89611b8a8011f84ddcf9b1de2250c42ffc86',
  'banh-keo-quynh-doi.shop.json': '14bd9cc51c6de2d54a14ff5fa96b1b15db42a47ba4b70bb0bec9a0ec272ad02a',
  'banh-keo-tuoi-tho-phu-nghia.orders.jsonl': 'f43fa51f9282dd578f6e7927d93842cc2f6bda4af3eae6e40c5eb24b85af5e10',
  'banh-keo-tuoi-tho-phu-nghia.shop.json': 'd3982b219ef401c2d3f967f760b0a89f2e6aca678f5558cd3af0271bda663df4',
  'banh-keo-vieng.orders.jsonl': '42e25ef9cf2ae952cbd341e3a8758977e226340ad87f96a0833344cafce8c81b',
  'banh-keo-vieng.shop.json': '69ae33e046ece7474e1e5d60ee62d1dab07372dcb27dd15ba521c74cd73049f4',
  'banh-kho-me-cam-le.orders.jsonl': '20bea59673f147ca7cd727185e4c3d73286e1956303ede0b9c5a9c66d6590be0',
  'banh-kho-me-cam-le.shop.json': 'ed264295bc65110ef7be3c565f1129e08f766c262435dec7d4a762495c9a6557',
  'banh-khot-long-hai.orders.jsonl': 'fe922fb14b61df6b897c703d88d77494b3144146450dd2981528b536ed3e0268',
  'banh-khot-long-hai.shop.json': '4f04aa768a58c9a164475a08c7d356575fed9fc37737e3c946bb6ba40b271848',
  'banh-khot-thang-tam.orders.jsonl': 'daab49679688e68fa40864ba92dd2f6c7735f499deea3dc24db9b211a3fb66f7',
  'banh-khot-thang-tam.shop.json': 'cfb335eda05ce985b7ce3270a512b1fb0eedf80b0519a53bfa7b56bf1917c361',
  'banh-lang-dong-cao.orders.jsonl': 'ae78d602a2ee9ea710e85d8ed1c3cac272ab052774a1db4fbaade6a458bd17f3',
  'banh-lang-dong-cao.shop.json': '8185db11c5e7ab9cc3fe4bda3508197f7d628b6968f2020c6c00a1e4798f0ba2',
  'banh-mi-an-bien.orders.jsonl': '6a8e5f2b15114f44bc77a13b3b9af1b9a608b22fb09270306697da2c13442f7b',
  'banh-mi-an-bien.shop.json': '386beece76a41cf5d3b7802230d81a3b14fd7f2d8211e12bcb0f9fbe5b63694a',
  'banh-mi-hoa-cuc.orders.jsonl': '2c08f00204a21658798581f89b4bdb036f494bc99ca164528e37313e252ebe59',
  'banh-mi-hoa-cuc.shop.json': '48a9612b47aecf5cd10c9a3c7abec1bb5d40d01c80479475d9291b120639aa34',
  'banh-mi-hoi-an.orders.jsonl': 'bedbcbb35d5d4b73ae9fd9bcb00ddbe2dea63b133fdcb6f65bca94c1dfa2b630',
  'banh-mi-hoi-an.shop.json': 'ed0806d0bdcf93d9af305d781c067654798d804c2cdc063450b19617fd3e9f55',
  'banh-mi-ngot-tiem.orders.jsonl': '329bf480a3f1b6abac1e51d34dcb34b18924edadfbaa9c2b3c4b6a30207c9db0',
  'banh-mi-ngot-tiem.shop.json': 'a7372806e26471408987be3680bf20777dec2cf0daa1d414c01f9a1c0b9e906b',
  'banh-mi-pho-hoi.orders.jsonl': '1500f5356df36e357dcaee0d69ebd476a8f7297d3b1fba9fe4a066e3bc77f7eb',
  'banh-mi-pho-hoi.shop.json': '6bc5bc0c3ef8e0d976c69e1a75787c1c04771cb134c2cfef3e19573651eb132a',
  'banh-mi-que-an-duong.orders.jsonl': '45f057b6db3c70daaae32471db1029c895a2ae70cdc603e8bc601b09e604c9da',
  'banh-mi-que-an-duong.shop.json': 'e47d9f9560883f8e95ef2a40ec7f6129d566c98e85c4424b33065319e9d683fd',
  'banh-mi-que-hai-phong.orders.jsonl': 'eb734d3d40d81f3b27254f5b0d6f3f072c3acfe65e21946aae2d02ef4b64ff13',
  'banh-mi-que-hai-phong.shop.json': '7f1156e6e08a7e99fe05e6fdc5b6ad60cbefcb3cd126e3e1c7ef0f403cf6444b',
  'banh-mi-que-thanh-khe.orders.jsonl': '17b2365d42e9ea98f6d95ed9ae2e0fc6a60e6d620646d11d20d2ed201fa19c7d',
  'banh-mi-que-thanh-khe.shop.json': '2c77d06aa04570031dcaa611a47a76470c50e638360bfb02237510bd1db61e9a',
  'banh-mi-xom-cau.orders.jsonl': '4f7ff1ba64e282f24643c00a3f92a642b5cddd04bfff9c25a2df338e231b82fd',
  'banh-mi-xom-cau.shop.json': '7fffac12cd08789548143ad8b374f178521a4e4ef0551a8a50b8fade4fdfdddb',
  'banh-phong-tom-sa-dec.orders.jsonl': '46db0b2e0b3b77994a527baa347e755dc73f2ddc06ff477d2c1e47c732923785',
  'banh-phong-tom-sa-dec.shop.json': 'e4ca7695a60b871b971c045bb102d94f08e00fbdd307e6c0ac34b40a3d8af5ae',
  'banh-phu-the-dinh-bang-2.orders.jsonl': '07ebd8c3aa9fa2320ae1d01e8734fc05941d36b86365e4d7ac94d9f45cc18b24',
  'banh-phu-the-dinh-bang-2.shop.json': '41e87d385c74db12b415de633c7fc5b61a2e18a9335b3f46042f450fc2cbe4a0',
  'banh-phu-the-dinh-bang-3.orders.jsonl': 'c1ed6ce056dcc7b26985a5a4c965af7e2f1c0d8dfb26e2a065b8ecfbc20a176c',
  'banh-phu-the-dinh-bang-3.shop.json': 'ed68364264ef42d199be6df199d7d8220a9e9decaa879a60a6a4bd6522c1b69d',
  'banh-phu-the-dinh-bang-4.orders.jsonl': 'c126e56ebe6f31ecea352704a53851cc2e4f7a276a9012188e58504f8d767828',
  'banh-phu-the-dinh-bang-4.shop.json': 'f53705d74566427ba8e8bd1b0ac427a7a2a55024c57d64ac34c6bccf875c7b70',
  'banh-phu-the-dinh-bang.orders.jsonl': 'db90f47d3c493b86f7e977b91f78169fcc0682c39a0f9103a569965b36e23525',
  'banh-phu-the-dinh-bang.shop.json': 'a5285b7b8828ffc375ee69dc3521b760186e8b16a0ef011cc58653fb9a816cc1',
  'banh-pia-kim-sa.orders.jsonl': 'e2ea486976b9ec856b82b7170ed167ee82e5ec576d2181242042b850c97457b0',
  'banh-pia-kim-sa.shop.json': '216cfe8d92008e6370efd2fa48a7826092651bc903aa963f7a8c83c3b00b6898',
  'banh-pia-phu-tam.orders.jsonl': '3bb0731afe02dc1387b561e1fa25d1c31c6afaa6522295d1d9df21037cedfc4f',
  'banh-pia-phu-tam.shop.json': 'bd06a2517ad050c53e68523ae1e052bbe71778e4d533fbcde89ff7955c760875',
  'banh-pia-vung-thom-2.orders.jsonl': '0d23807edda0a18ea4795f9b876db0e62e9eb49b0a85751e8a96b48d00b3fdcf',
  'banh-pia-vung-thom-2.shop.json': 'aa2d0ad8bf8873451cbcbd7d4dca75734760d0a16ef41e57baf203f0b620c153',
  'banh-pia-vung-thom-3.orders.jsonl': '5940e2162f78f2735be4924b8811d72846d4395302a28e15999e7441c0b205b7',
  'banh-pia-vung-thom-3.shop.json': '3d0d612326a74596ff25518750d29aafe5d1fe9a3f0e6bc94af926701594a941',
  'banh-pia-vung-thom-4.orders.jsonl': '74ac894b3ce2eb384843c03291e088061d94be9937ca830b73601115a5b9e6a5',
  'banh-pia-vung-thom-4.shop.json': '3ace4d55099c59fc0edd185d6b444f36d4a0c8fc58fb94d5421293b3906aa148',
  'banh-pia-vung-thom-5.orders.jsonl': 'b907e42682a27a52469f1fc679052542f2958fa9f772d003030fdb96b657a04d',
  'banh-pia-vung-thom-5.shop.json': '890edfba11003907bada91a53935b658976c3c23318069d24b99381219e7f8ab',
  'banh-pia-vung-thom-6.orders.jsonl': 'e2bce2e6b04df11d410be0725e31fcd949df98a6b43d8c5e284c765c8a1b9957',
  'banh-pia-vung-thom-6.shop.json': 'bbfe903b8ea8b9605654545542c4ac6003facd23c0f67fddc51e93477f1c9d27',
  'banh-pia-vung-thom.orders.jsonl': 'f7ec67575803f136c9180223b570b93e5f41bfeceb538b29cc2cb6cb6a6bcbd7',
  'banh-pia-vung-thom.shop.json': '39cca948fd111434425cb96a8b8f4ad4c347059c83eb31c0b4c1e636a32838e5',
  'banh-que-gia-phuc.orders.jsonl': '3692bdb689eaa798c6fec42e0cae47930b50c212fd6bd25f706a15dddef1289d',
  'banh-que-gia-phuc.shop.json': '112d3030337288433c9170dfcc7002f642e21ca9fd99c1d65a5072ead874ab06',
  'banh-que-phu-hoa.orders.jsonl': '2e7e627858e0caebb3cef5417d57968d2be91823b4cc2d53327f91e11f42f868',
  'banh-que-phu-hoa.shop.json': 'd22e93124f0fcd35557aea06124a16fae7e52616c9bbdab555391f37c4ba0ec3',
  'banh-que-phu-nhi.orders.jsonl': 'b258f5d7184edc22e1614d6bf569cc2562e8d80557eb9a7ac2abc7791a1ae21a',
  'banh-que-phu-nhi.shop.json': '8237e3606d297cddec23649547af55801a90ca22de5e4c713b2dddc1ad94010a',
  'banh-que-tan-hoa.orders.jsonl': 'a934f5c7257f84eea8f672003187e84ad2c670910f072f5ecf83cab94e7fe883',
  'banh-que-tan-hoa.shop.json': '5d92642b852ca9a7480e43c762d60cfa55aa22cbbaeead26ee29fe3597549038',
  'banh-tet-tra-cuon-2.orders.jsonl': 'c29760133e4e4408c88dc97ddaf7f0cbe42c8a24042d120e3ec4c82a06cdd24d',
  'banh-tet-tra-cuon-2.shop.json': '1d05caa1554dc5833a9be920ecc1b863f7e084b3bd1a26273983823ee3d81b1c',
  'banh-tet-tra-cuon.orders.jsonl': '65718451e664aada1aff0c9460a9929eaaa8d02bc8551a4559385f18fa7e9b66',
  'banh-tet-tra-cuon.shop.json': 'b529a0f80a5a0b08ed943f91cce9155cb3c1adcab1a0ef5af606569e0c598063',
  'banh-trang-cai-be.orders.jsonl': '158668ed5059aa7db177b02d837b9b3cc82f92b500619441ae6aadf8d10a9c2e',
  'banh-trang-cai-be.shop.json': '9737d079c760cd2340f62e9ba4ea67cda5272c34c3c200225b07d28d97b76392',
  'banh-trang-go-dau.orders.jsonl': 'b2313188f08929a76b4a31d3ba462c2c7a796a424d9d48933640b3448285a8f4',
  'banh-trang-go-dau.shop.json': '921d16ccf712cdef90fc90a4157814dff176e2c71f7eae82ff52aa39d42fae08',
  'banh-trang-hoa-da.orders.jsonl': 'cf90b8497276a8eb53f9a6a7ea93668a9c0483d30b0a842ebccbef6214a412a3',
  'banh-trang-hoa-da.shop.json': 'b60534149f16dca343c3324daf20c2a1d536b372f765079c238f576d9637f0a8',
  'banh-trang-muoi-tom-trang-bang.orders.jsonl': '122ed099f4f04c3097f6b568eb888d6e8e0715685d1239384891a0c75ebd3eb1',
  'banh-trang-muoi-tom-trang-bang.shop.json': 'e2cd713cdffe72be2a00eaa765e00f6e37481998591033eece8cc865a09391fa',
  'banh-trang-nuong-da-lat.orders.jsonl': '51ecab78771239221bac7047a402699880e662a4f344b55b36ab1222bd78add6',
  'banh-trang-nuong-da-lat.shop.json': '96054b65113bbcedae43f38896d386fec1bdd6ac2c29fe37f5ce8987a6e014e7',
  'banh-trang-tinh-ha.orders.jsonl': 'c8a993cdcc55fc03c529dfa5cad5f89b7b709e0cbecd3f63583247031304f151',
  'banh-trang-tinh-ha.shop.json': '75a73bee187972293cca0ea78b182b4e5f85c08c65762bfaa27d4a8e5b1388bf',
  'banh-trang-trai-cay-cai-be.orders.jsonl': '9c777dbfdd4ffcd10f17cbee49037a0ff34d634510a653c6b4ceca74db9c6fe7',
  'banh-trang-trai-cay-cai-be.shop.json': 'ea9107c7404c1cdac80639596ec93c4a82e5e35831d4ecfd32e0c4dc254cbd41',
  'banh-trang-trang-bang-2.orders.jsonl': '6449902d57aa0c7b7a700e062d8e24efe522a534558ba8c691045cfd42916c70',
  'banh-trang-trang-bang-2.shop.json': '7a8943852fcfef7f22c53e658ed676c2916f18ba986022894b57489b636c127b',
  'banh-trang-trang-bang-3.orders.jsonl': '5c9c60eefd8f70e65ea6ea494e4cad62cb8ba8e820ca55c96ec8504b51981d24',
  'banh-trang-trang-bang-3.shop.json': 'cb7237837a6c40ad1d086a956d5f4ad9f4a7d46bca7c0a01aff61a2069c5212b',
  'banh-trang-trang-bang-4.orders.jsonl': 'b86b7f17a377e3d09383ec4f1c8c153c20a239014a21f33a2f9e37c93da82ee9',
  'banh-trang-trang-bang-4.shop.json': '29e37b29959f766a3a88d5ed9fd993b814d3bb52407e4c90aaf45353a099f872',
  'banh-trang-trang-bang-5.orders.jsonl': 'ad6c0462b3ac69f11ac2ebc2028b43ae667e461cb0a6e4b9ee23957868b258b9',
  'banh-trang-trang-bang-5.shop.json': 'c38de2e8b5f02b1fd21ec0accf134084cd28ffa67544abe201ef0b9a49c14c7b',
  'banh-trang-trang-bang.orders.jsonl': '4468feeabe24fb7a0f0fed4b532f721466ea5862131320370017e5d90fed5ad3',
  'banh-trang-trang-bang.shop.json': 'ffb9190c5f9c3d95a7c135e201277d3145c5f103673d83e1550c1c4e5b1a59dc',
  'banh-trang-trang-loc.orders.jsonl': '676cc7b79d1d822ac781e24ee49b72f279177a4617c5fa2b006c03f1ce22b545',
  'banh-trang-trang-loc.shop.json': '4e28e590df85bb7cf3e1513375093d2f453b28d6d922bbb21b5685e537cb4d4a',
  'banh-trang-truong-cuu.orders.jsonl': 'f7f0e3288936f92ba7570fefdc1dec5859bc4fdc421efe55b2f0f2a5cd5f7de6',
  'banh-trang-truong-cuu.shop.json': '3e8cbe8022410f0d35ce8c0555e8dcbd602c07ae46877608888fccff05cf2eed',
  'banh-troi-banh-chay.orders.jsonl': 'bacbbd3c75358e3b6a14012ca7d2358a8b16c7c5fd670adc3a2dd864af3a2e67',
  'banh-troi-banh-chay.shop.json': '6553da4bef2dff53c6b924053604f3d069e16ab0bf07e1634703e18adf2cceda',
  'banh-trung-thu-an-thai.orders.jsonl': '61664e77360d4c23f0c7dd092e0b61c5ac45dcfc023c99515743a54be7762a3b',
  'banh-trung-thu-an-thai.shop.json': 'a0e3473c10cbb79d963de4958425f6c3ad230d3d3579fb38285766651b770a78',
  'banh-trung-thu-tan-lap.orders.jsonl': '92a2b199b187872513accabb2752d506ef79736d588f5cab6027a680b8b6327f',
  'banh-trung-thu-tan-lap.shop.json': 'ef1facd320c6f87556b120c47adcc4f7c0bffbe614eb7d53962d9a2717f588f1',
  'banh-trung-thu-thu-cong.orders.jsonl': 'd8a3a46819a9ec0a9a4ad4c43c827d9bc8b8935b6e2e47c45b1beeeef6196580',
  'banh-trung-thu-thu-cong.shop.json': 'ca049b30010f11dd18661c1213c77ae4aa6404646b339337a1ac8904fe42fa8d',
  'banh-uot-an-thanh.orders.jsonl': 'b3b4bc63e178cd248c0f5fc96efe19ff414bb6484e613bbce3c128e53c55e6dd',
  'banh-uot-an-thanh.shop.json': '80d55345505effc8cdede44ac37af9a94375f4afe2d8316841118f08094090fa',
  'banh-xeo-long-hai.orders.jsonl': 'faa4bd8fea2aa299e2e8de321e96fb11c57f2421687de29f6fa8c7cb78204710',
  'banh-xeo-long-hai.shop.json': 'e3b844b1fdaa04178d9f81939f6cf9482141862e7d041df1891b40b9352620fc',
  'banh-xeo-mien-tay.orders.jsonl': 'de6e429775f6078f7d6e05eb41389eb712f01ec69645d50d784867b7e03f6cda',
  'banh-xeo-mien-tay.shop.json': '78fdcb2c56d37a81e0dade49b0bb2c3f8f8fc43113460ae236772bc49a756e94',
  'bao-bi-dong-xa.orders.jsonl': 'bf1f227e9ce72eae7f2e42001274bd8beaedb7acf8444a77626362873ed45a0f',
  'bao-bi-dong-xa.shop.json': '2ac9551afe7badea9a33810091a0a83fa4a8f3ccafeb0716ac0edad1fd885b71',
  'bao-bi-minh-khai-2.orders.jsonl': '96b6e567f654a25eb8cfaa8c661e1b60a2041c6a67c2961d6ce9d372ba3d30ab',
  'bao-bi-minh-khai-2.shop.json': '23bcdcb756874e55303aa48783920ac5eb9e415692f9738e5065645e6999ea10',
  'bao-bi-minh-khai.orders.jsonl': '42fb0aec4cfe798b482404e44036e63ddf1c7a43fad015a293f552286c24755d',
  'bao-bi-minh-khai.shop.json': '883b7e6623d50d4d8e3bd270dd72203826c7dc26257b6b0617ad0b69f396637c',
  'bao-bi-tan-hoa.orders.jsonl': '0d1cdab14bdaca6790e083134067320b9061f40a3e5f1f3b107df4ec96d20d03',
  'bao-bi-tan-hoa.shop.json': 'f301d43e305df38039bb3ec8a58fab6411e6914100ba5c1fcc4919bd2568648f',
  'bao-bi-thuc-pham.orders.jsonl': 'c25d07e9bb9a6a491f5531e5a2573f599395b575bb343fcd2905d5df5dc52ded',
  'bao-bi-thuc-pham.shop.json': '30decdbb7e5353dab908d9934ea53199adf163020d13eb1c7df927797bf6360a',
  'bao-ho-dong-tho.orders.jsonl': '68c9d1ac52c9c26f794ef922a0308fea65832ee2f92393f55b7befb05ace60b2',
  'bao-ho-dong-tho.shop.json': '18041c0e2370f74edcb90292933da33e7de732ba12b8ff7e9d47284c9a8ab92a',
  'bao-tay-tre-em-mu-len.orders.jsonl': '6d3eee90a0644bc2708a4dadfdce1da6c70ab395d639475d4e8f3d59fd74e035',
  'bao-tay-tre-em-mu-len.shop.json': '8acc22a7e6d45e541ec3e4184d219429e77758f7eef02b7a38ee701fecad01f0',
  'bat-nhua-dong-mai.orders.jsonl': '037f79858effdbb1e04def0e9bcaa371cefc396d8dcae5c4b37c3b6ad770220c',
  'bat-nhua-dong-mai.shop.json': 'eb31c4fe5324cdfd0233705001a39c733fcf759b6f1f2af9a49821446365f0b5',
  'bat-phu-che-mua.orders.jsonl': 'f99ebfa4e34876a2b9bdd7fa7a8b66361d81965a7820039f7c3259780edcc769',
  'bat-phu-che-mua.shop.json': 'accd647d2d43723a93b5ac451c4710926f4b2556694d173fe43720f88f5fa7c9',
  'bau-da-cho-huyen.orders.jsonl': '5fc9da17e9cebbd8df724505057074655fc9471cbfc930b787b521b8d9694bb6',
  'bau-da-cho-huyen.shop.json': '9f431909c10355d1de21094569efca776c2c332042f6a340f23b740da88907eb',
  'bep-cong-nghiep.orders.jsonl': 'a35e0ef07ea73e468c8a8aa80aa2be04473075f4e22e1180219db357b964641f',
  'bep-cong-nghiep.shop.json': 'bcf68481779e27b43aa032db4a1edaeef63a6db15abb918ff56cf5eb7ac97e1d',
  'bep-nuong-lau-dien.orders.jsonl': '6a6577890a94fbc32d25ca37c2f3ed6bbba56cb831d34bd91435eb1bf326db3a',
  'bep-nuong-lau-dien.shop.json': 'ad1868d57b9c465bd887dbc385ad0d68d5ccf02ac21f6a273fc6f231f2043667',
  'bep-tu-hong-ngoai.orders.jsonl': '788d312e507615e211ab1208c4b972138e5a2a86edfb787163f37fe1e0eb6fb8',
  'bep-tu-hong-ngoai.shop.json': 'a30963c17bfde6828b095e11fadf4394395af1d0c35e2541053a9f4dd51e3b71',
  'bia-lon-nhap-khau.orders.jsonl': '5d6b060a7ad095df9d523fd01f00c4d0cf4c5027d253ca04334f19e9c9521216',
  'bia-lon-nhap-khau.shop.json': 'd29b86022cab3b33cfb1c48cd3a884b91a85e9d437bcfc0a02e5d6b553da437e',
  'bia-ruou-khai-truong.orders.jsonl': '7ef1f1c2f78c2bb18cdaecde6995661ba6aeceefe4ca187a1020d1ca36e6a82c',
  'bia-ruou-khai-truong.shop.json': 'cf42ad867a09b3f665364a2d8d5eb8923a6a2731573187e96532520f6f0e95c4',
  'bia-thu-cong.orders.jsonl': 'c7db6e6a8aff599a1236ba6f972801c8129bd11871ca58266f1135613a912306',
  'bia-thu-cong.shop.json': '22aec12f50988779726815e2153fb7e3b940bdb4949a7578ef91d334634706a8',
  'bim-nguoi-gia.orders.jsonl': '4929f65ef6590a33c5c2b0158f4cab52e1fb0fd0dbcc8fcea228a6b527a41edf',
  'bim-nguoi-gia.shop.json': '56f99d475743a2e38deba0a960001fbc6dbc8cb6e95b458e1a73aec998f8f7ad',
  'bim-ta-khan-uot.orders.jsonl': 'db220620accbcbeb77908584be71cbab056dd3a61ac418e1f1ee166970f55df0',
  'bim-ta-khan-uot.shop.json': '7037752b102fa8aa1377d2d39422c9da6692d2b19612fc892236964b679253c5',
  'binh-chua-chay.orders.jsonl': '2c0c16d31315764a70a1e16adc702098533abcd7e512d88fa4e9b9f992aedd91',
  'binh-chua-chay.shop.json': '4fd828e642c03885bdff8b38a44803a07daf95dd3f1cee134641ed0d7e0a42e8',
  'binh-gas-bep-gas.orders.jsonl': '9e06cf2cc76f334107f2be93229fd0ebb5052d61c9789902cfddddcfd3c867f5',
  'binh-gas-bep-gas.shop.json': '9ffaa144251c9b3208151ce841ad6c1992b5915d41b887e34e99329b99ddcf95',
  'binh-giu-nhiet.orders.jsonl': '5bf351cdbdc6ae4c0f03725a6d35aec979fe08727f025f1a6c12a8bc627d6347',
  'binh-giu-nhiet.shop.json': '81cfdb5561af831609fd5de17b1944d0c427a8c1d906c9a69a1863ecb5a276d2',
  'binh-hoa-gom-su.orders.jsonl': 'dd87dcabc18e86f76cf6d07c8267f7c4d17449a08b4dba10d77ddadb023d7d8a',
  'binh-hoa-gom-su.shop.json': '7bda82d22af589ee455639d2135357d26a376a8d6bfe70152c593ffa01816db9',
  'binh-loc-nuoc-lo-loc.orders.jsonl': 'e25429b77933393000104b6878cdc14f220461ef7c9d1607ee91b347ae620647',
  'binh-loc-nuoc-lo-loc.shop.json': 'b3387446569d1f23af8ae9ffbba9ffedcfd7e0a9fae3f6f7ae825eb9bf73d858',
  'binh-nong-lanh.orders.jsonl': 'fc6824bf4708fdcc42c5df5c5ce4afdea777de2631f4be6ae52815be700f3de8',
  'binh-nong-lanh.shop.json': '884eea37c99d7c4b7a933ed5aad06021f94ea06dc54d4588c98b9bfc14a13945',
  'binh-nuoc-the-thao.orders.jsonl': 'cbaea1cf9d1509d0675d4a1c5562844875fee8d5d2391b71a1b5eb77491cbdd6',
  'binh-nuoc-the-thao.shop.json': '66288d6b185241c96aeecf8621ae42544c4e0b671ad28aa283880129254af21f',
  'binh-phun-tuoi-cay.orders.jsonl': '6f63e2b1980ccf74948e1cb0e0d5d96fc128616cf790fad1e6caa89634112dcb',
  'binh-phun-tuoi-cay.shop.json': '506f2e0dfbd93b79a1649ff2d17ace5d5748ef8139d9506c863a773f9fe11ba7',
  'binh-sua-num-ti.orders.jsonl': '874aebed7ae9e533487bfda9bc803375b7a7da317306f4b4f463cefa3887d0c6',
  'binh-sua-num-ti.shop.json': '5fd5953ea2ea5011790e5b9f74b0d91d535d7a66ade7edab2199375e27a96132',
  'bo-hoa-tuoi.orders.jsonl': '7f0b21089e7774068af4c21e6582bd5b58391801355922c6ac7f6ec3a107e1e1',
  'bo-hoa-tuoi.shop.json': '2604e58536c7c622e54cf4d33af88ea651fac2ad510d97f225847a460e24c079',
  'bo-kho-thit-say.orders.jsonl': 'ff053520e2b5fd159a28a782567780b6ef79da53473889b71d7ae6f59548c08d',
  'bo-kho-thit-say.shop.json': '415c73518f0b93a0b1aa67ff6cb5380bec3c4970a117dcd932a404ab4c839e85',
  'bo-sua-phu-dong.orders.jsonl': '281fab061e5de4de8a9beabc35631b6d762a5793b4eb28ead480a3e25a913927',
  'bo-sua-phu-dong.shop.json': '8f82c82c54c7c17a833392a0faa785611a921bbe7bea478089f5ea26c49410cf',
  'bong-ban.orders.jsonl': '95611b59a161f74e9475c5f08c67e16e4641c779601447c71536a32caf9989cf',
  'bong-ban.shop.json': 'ce6f818e171c78fdd0bddf454dfc16a8f0f4a85b438e8bc0a43b085eb3425fee',
  'bong-bay-sinh-nhat.orders.jsonl': '3f6002248b4d5c9f4be40e43cbaa74f5205993c27fb9b3222edd6450cebe6554',
  'bong-bay-sinh-nhat.shop.json': '9d0162f83f89d013853d16163240422893c91e661b31daa7f695153dc5ce82ca',
  'bong-gon-tan-chau.orders.jsonl': '86246fc93868b831759ff57d1aa9565e3280c87652e0a333d7aecab7f24c8678',
  'bong-gon-tan-chau.shop.json': 'b5bbee279d590c76b5895742a6d65d0793a936a1aa668ae43f6875ac90ca55fa',
  'bong-phu-xa.orders.jsonl': 'd757f4a8f24389f2a3d62fd7a53bc98830d5a26f6ca617ad6744845d7df9473d',
  'bong-phu-xa.shop.json': 'da7a7b527d110f60795f650430315175841bdb23109c8ee1b22b5a398d4f1a18',
  'bong-ro-the-thao.orders.jsonl': 'c127f3ca1eb8322b0b3ed0c755b15760db61b57a07e7affabb44babcdda6144a',
  'bong-ro-the-thao.shop.json': '15889afeb382b504b0d4ccc48527272ccc132215666c6d080a1991e10151ba0c',
  'bonsai-vi-khe.orders.jsonl': 'f2af83737e6359a6e5d389438f2d2345857054fd39642b651fb68f5950730edc',
  'bonsai-vi-khe.shop.json': 'b35da5ac6e7c08b5f371078c987a201f74768ac57ca90585b4b17566eacd5a7f',
  'bot-an-dam-cho-be.orders.jsonl': 'ed79e8964e551e115ebd5c4e57dce4845fa9f9d77acc6ae2a5a881849b779c5d',
  'bot-an-dam-cho-be.shop.json': 'f7e289963de8a0f4c6705aa963f9df98cb2d1a63716601b2fc9658b5ccc93d57',
  'bot-ca-cao-socola-nau.orders.jsonl': 'bf9805f379fc5817f676b2ada74212c2779103e614590f8edfeca09bb6842e7e',
  'bot-ca-cao-socola-nau.shop.json': '1d3b4a2aed7ba081f1ea4cd5da12276963efd6e2dc057ad98bdcbc24d6d21e1f',
  'bot-giat-may-giat.orders.jsonl': '3a8554767b7a6e9c60c2ac9705936ba64450a260884ef67146bb10c3d63bb9a8',
  'bot-giat-may-giat.shop.json': '3a6bb4479781c71317038836e0ae98bc20c110fa8785a412ad9d18b1290a5039',
  'bot-giat-nuoc-xa.orders.jsonl': '4e1668d0f0a0806ef0817498eb04ecd6fe61fe03830c6023594ec953fad48a9c',
  'bot-giat-nuoc-xa.shop.json': 'c3261b7eb57329bc0de72e06dd2fdbfbe5390757c2452f4dd7dc14d65ca3819d',
  'bot-matcha.orders.jsonl': '603c8e6414ae16e60c6b67c99b845bb5c5166f4f1c19c4b6fa9840e0f9eafa5a',
  'bot-matcha.shop.json': 'd56c4bd6b8a57025d05f0446682100e23cee4f615b016fcc64b67159e6bb7be3',
  'bot-mi-lam-banh.orders.jsonl': 'ceca338c4b6e8530c151f08a6e4930ebc0894826515ae04e716a806eef4947d5',
  'bot-mi-lam-banh.shop.json': 'a5af7a0e8484bdfa572ef8ee7478166424bd7d2a59a12639d8ac7cd5c7911b1b',
  'bot-san-day-bot-gao.orders.jsonl': 'd5395765a18f5d3c13451058b403f9709b218a975232d379482bdef1de292413',
  'bot-san-day-bot-gao.shop.json': 'ced4f0bf3c71bb3b09e9ef2636f91141817c0bad9646b7c5c215aea04902ac1c',
  'bot-tret-tuong.orders.jsonl': 'bf8dd11fb0d43596cc268eb42e65f370d28e56a11bfa4dcdb64f3af97ffb8add',
  'bot-tret-tuong.shop.json': '5a8fc7a74bf598571f52b4c577e132b895d91d6477d9a529d13b4121d7477af5',
  'bu-long-te-lo.orders.jsonl': '63dd4c190bce8858c264ccb84e5f086b591ac7453e2c5db83db5511606414d41',
  'bu-long-te-lo.shop.json': '282e410525037a7364e68afeee34e1893d8f909ee219b9ec17a558720f244598',
  'bua-sang-phu-hoa.orders.jsonl': 'a10e275c01f5e3ba586b83ad6c7464cdac51856385b27659af489a62489d5c37',
  'bua-sang-phu-hoa.shop.json': '65b1055f29b561838bb517f085ca6023a59aa300cbbe69fd95b05f9718c74c6b',
  'bun-banh-cuon-dong-ngac.orders.jsonl': '7f39458f249501c175844d9a5e4ffdb062ad301362e383b3e202947535efaa84',
  'bun-banh-cuon-dong-ngac.shop.json': '5049b83504cb110d22ec53e6f2d4edfa8c6c4ebfd2b75047d530fc8df8b09c4e',
  'bun-banh-phu-tho.orders.jsonl': 'ab3ecf1139942fb34e824e36b15e82e6de7cae79328a33055ddda4bc9bd44f90',
  'bun-banh-phu-tho.shop.json': 'fbd9343c18c7edd8da86470c783a6e1fc541c0b5813a6891850a0337d52ea1f8',
  'bun-bo-kim-long-2.orders.jsonl': '8e435b32f379d9916fafb1d1aa98bcccc385f8b740a03c0b461fbd511f7a427f',
  'bun-bo-kim-long-2.shop.json': '8705f8abdbc4ce108b19864f015a3bb8fc23bae7f19cfc268b2b1225a48bb330',
  'bun-bo-kim-long.orders.jsonl': '670dcff6d1d32d509baf640a5b44c00525f7b4b0c645340358ba5953ef206e23',
  'bun-bo-kim-long.shop.json': 'dd6341b3eef2a9cf345e200da5a571436f28e2b5043bf5b5856ae736eaa8a2d0',
  'bun-cha-ca-la-vong.orders.jsonl': 'cd7aa14a5bad5adfca9ebbae8b0f9adf2e4640c510f0b335178bf928c49583a8',
  'bun-cha-ca-la-vong.shop.json': 'ebd261a78425af4b981a984efb2fbd58d09619d5923ab4bedecb5497aa2c828c',
  'bun-cha-dong-ngac.orders.jsonl': 'dc21a4533876170694396fe66c7b5aa644db1e57c0740cc5238e847a06e3c480',
  'bun-cha-dong-ngac.shop.json': '88bcb8a90d27cb601b1b2bdb5fa1d7491e5a5043bfa6759b0d1346a154cd4166',
  'bun-cha-phu-do.orders.jsonl': '63588522b47bd098b8289eca00866ed67d9e2c5201d0f704d189b42f5f73fe98',
  'bun-cha-phu-do.shop.json': 'b221d6816b698f28d8759a1f12e935300908f657bb4c325da2971170f4875070',
  'bun-dau-lang-mo.orders.jsonl': 'da5ca46b9986f5d45ce1dd9666ead585993c8def74d7fca7a2ab8e2383815061',
  'bun-dau-lang-mo.shop.json': 'b89db3d11bf2ab553cf96e2a7830d597ec1d4abe7449a0002ea42f10fbda3ba6',
  'bun-mien-pho-kho.orders.jsonl': 'aa28a9209d264c06883077e5f468ca97c8c7d874a36dd9469c66de76f945e832',
  'bun-mien-pho-kho.shop.json': 'd5dd599fb345b08061be063b8dfbb578448a516b9032b6a80a0c6f3667f40158',
  'bun-mien-yen-ninh.orders.jsonl': 'a00f4e786a52e04e4927223771eb2ebb1f059d26369ea6e5ab44297583f00610',
  'bun-mien-yen-ninh.shop.json': '8cc14b3fc09ff11a4b645d22da4c4f42954335884a9015995449fe83109cd2be',
  'bun-pho-kho-banh-da.orders.jsonl': '716893b271874e0d5e506fac4edb1a57f80810d493420d5bcc56eca48bdf23a0',
  'bun-pho-kho-banh-da.shop.json': 'fbb0ce7e00bce05a915a3f7127bf849c53c68b866c55e790b24c1e74f51678af',
  'bun-pho-mien-phu-do.orders.jsonl': '22e69e2a5162fc2507346afbd734766f1d0043ab3b21e0c597ec95946d43feca',
  'bun-pho-mien-phu-do.shop.json': 'c271d5e9156f2d607f730a499a9febae029c6a2093c5a5d4b839ade76b332383',
  'bun-pho-tuoi.orders.jsonl': 'fa022a31a0ed1ac439246b99affcd3a5d6b281c8f412d9b33f962b0edb251f12',
  'bun-pho-tuoi.shop.json': 'f6eb67b816d76afc76a95427a223bebf5b7259ea12e01b3579c896f73d771316',
  'bun-phu-do.orders.jsonl': '1f312b58b3a4a9ee4d3bc91297cb6536ed52b5fe50319298f06de3826e721d6b',
  'bun-phu-do.shop.json': 'e16521707ddb4f5b76d15738bf03acab6971399d58ff561c877b216644880926',
  'bun-phu-luu-chanh.orders.jsonl': '5a257fff8283da32a22e9f1582d01aa13b25617a488e6fe6f8b36b9f3bf6a4d5',
  'bun-phu-luu-chanh.shop.json': '848d2f08ad77bf67f7eba1c49736a75cc6bf637922eb67c96cc7798abc23de8b',
  'bun-tam-binh.orders.jsonl': '01bfab5c6fc61cc5d2581184ede2560f64a9f0dd5731f8073450cf6849abdd21',
  'bun-tam-binh.shop.json': '3c48df4d429da0a7a3655484e64b0814134b00127e2a85281089224fa760bb71',
  'bun-van-cu.orders.jsonl': '388f9777cc15a80dbb3d7d56efadc4dbf5b76abbee25bd53f94654642b5c4f94',
  'bun-van-cu.shop.json': '35e040a5b43f2f2a4614884a5229ff65eac3e300069ff0ff9a36ee1562f4ab3e',
  'buoi-binh-minh.orders.jsonl': '6bc32f84138d2fcc546fac95c27c94ac5b2148f365cb3763a9274bb11d0838bb',
  'buoi-binh-minh.shop.json': 'b195cf230d7b661d0576409ea29e0299e011852ba836be38141d189197b1ed52',
  'buoi-khoai-binh-minh.orders.jsonl': 'bf4e926a9c428faa96798afaeb8ce6a64856da4a80933fb30b7c7975adafd73d',
  'buoi-khoai-binh-minh.shop.json': '90abe4089e899ee79e695fe777408a0d91d215f33a2e27e5fc563edb652ef488',
  'buoi-khom-vi-thanh.orders.jsonl': '25f450ceb5dce703524f1224087a1c2820ef1d58bda5592cca694ccc0cb25e3c',
  'buoi-khom-vi-thanh.shop.json': '1011d652b64ad2a4b1c89fb4e6d13d04a859d905a29f5c34cece76967fcc73fe',
  'buoi-phuc-trach.orders.jsonl': '3d7edb9ad94ee8ac38ac8f408162695130d6b3d771e017e022bb6ddfb7bcec0d',
  'buoi-phuc-trach.shop.json': '748044c552c546c3c3f52252049684502ae75c09c0c008c94a122b06a0606a4a',
  'buoi-tan-trieu-da-buu-long.orders.jsonl': 'c0ded7f7ed9f1c0ad6e5ffc3ec2463d35451c9da525c9157a5816ead5d6dec06',
  'buoi-tan-trieu-da-buu-long.shop.json': 'bcd35d40f18388e2607dacb283307128d48df2f6e161e21447bbed939f5b04c7',
  'bup-be-do-choi-be-gai.orders.jsonl': 'f8608be7467e20040dbb1233db92cbb5a3c9cd7b6b02154670921b9096f09261',
  'bup-be-do-choi-be-gai.shop.json': '6cda06ff84c2e74565365f4956cb7b91ed4b6f9c48a3641cbd1b150df93a339b',
  'but-long-thu-phap.orders.jsonl': 'c2558f38009496376649896d26a43d05e2cd8eaaa2ab66fc0f447024b78cb76d',
  'but-long-thu-phap.shop.json': '6037e4e04a000e49f5383a51dbd288a9c39c50034b76f2547807a0d684d37e48',
  'but-may-muc.orders.jsonl': '4efe1bf2ffc4bfada332c0298b2889552883e6564bda0b3272033c4e8f0bfa38',
  'but-may-muc.shop.json': '800dfd751616823eee69f9440fc0af1fc098fe531fb6fc8433acd22310cb1879',
  'ca-canh-an-thanh.orders.jsonl': '131d311c0ead3d715c5b313e7675121228f84af6e6ab7e4d53591ffa36876003',
  'ca-canh-an-thanh.shop.json': 'e61f1047307f45b0f709a49268366eae47427cb57fa7baae13614c64c0782f35',
  'ca-canh-thuy-sinh.orders.jsonl': 'fcfa39b024b6b30d98e685761217b883d9d105b1da9e80cf68b9f6620c986f1e',
  'ca-canh-thuy-sinh.shop.json': '069c6166859699a1dd981311bca98d616f7b2f7ef4114f856b3cc60fb7fc0a55',
  'ca-com-ganh-do.orders.jsonl': '4288665e48892d76d6275dfc88846e8a9384c89d45549d3b6358b762d3dca82e',
  'ca-com-ganh-do.shop.json': '96291c44e79770b989aa713dbcb1c520d913b1297d55b7cfbd128fb404c5467f',
  'ca-com-ham-ninh.orders.jsonl': '914ee62aabdc6ecb82d26b68684873259c340306eafea43de2aa2c5604f8e3e0',
  'ca-com-ham-ninh.shop.json': '3a152e90a86ad679a878484c6d52d393c9c63cfc7c6d32cf866fd5199d58f961',
  'ca-keo-luon-ech-vinh-hau.orders.jsonl': '8a2717251c21fbf9fc4ae1838c027b049cd3d44d96b60280404fe0feddfa9c80',
  'ca-keo-luon-ech-vinh-hau.shop.json': 'bede9ffd5e669df418432f23f8f7d0f4cc415729c09989f97ab40b006f4bc410',
  'ca-kho-nghi-thuy.orders.jsonl': 'd43b1c9c7d897fb57cdc45fcd6bfd9e54a0e54d5312d27e42fd79a7df5031add',
  'ca-kho-nghi-thuy.shop.json': 'fd6319f4d68374b8b067540b1a24463c61aa486f7ad811a684a85e72ea554666',
  'ca-kho-phuoc-tinh.orders.jsonl': '05d31e0a51292391051e23fb6335b5c761fb1babca92ba92af25ee2ab15fa2cf',
  'ca-kho-phuoc-tinh.shop.json': '48e3f0d65478d3fb16b505b88b94baabca1d30f0e708538c0b1bbd62d4e3c1f4',
  'ca-kho-vu-dai-2.orders.jsonl': 'c7d82d5e3234a096c59fe68122c03975352a67ea4cdcb92b770a15236eb56565',
  'ca-kho-vu-dai-2.shop.json': 'd09995ce7d55b2ba3a9eaafc3d7f130a1613a2a98ac2696b36b7957c15a58ef0',
  'ca-kho-vu-dai.orders.jsonl': '4e8ba1aa9e4872f3edd77cf42206db60791c6f4bb067e74606918e1616f30d10',
  'ca-kho-vu-dai.shop.json': '884d5cd0aa4e60d81f95296a53f62dfbc8a79c0db7192e2bd380feba68de4506',
  'ca-long-song-da.orders.jsonl': '48498c351cce8ea4b013a940ff0ebeb95b7a981f5ec1db8ab4af4e837d50a458',
  'ca-long-song-da.shop.json': '20aa6930faa5f1670764f6ea6f0b31137ceadb71d47ec20fa8f363632205472d',
  'ca-phe-buon-ma-thuot.orders.jsonl': '178d04edce0f5c4b853cb955ed25dc0f9bfa162530855c81b3935a9fe5278384',
  'ca-phe-buon-ma-thuot.shop.json': '24ade2b0abd36bab4c6f9bfcb54a50c8d6c6f1bd1c1daaa267962504cc6107be',
  'ca-phe-cau-dat.orders.jsonl': '14cb79c2d6884e04e69c5e7fe5e22b9ee78eceb293c819e2a1d32fabd82ca3ac',
  'ca-phe-cau-dat.shop.json': 'bec57af014c77711a9d9aa527ebd1fcc348e2d938313e24da69e31fc560dc9c6',
  'ca-phe-ea-tu-2.orders.jsonl': '6cd8ea3434c554dcdba3b2744e7c05adab0ddf02c487411f5afb851041b4c205',
  'ca-phe-ea-tu-2.shop.json': 'f463d1330b9cbb45ccf3ba2aab073d75984e628426b47f786e8b80f02444c20f',
  'ca-phe-ea-tu-3.orders.jsonl': '22a6f2f9225aa8ca9dbba8e84e1d81f745b4cb8a3d99895cf54859dde90ef06a',
  'ca-phe-ea-tu-3.shop.json': '16df7fb17586629577f9019a2fa7b6a371904b0d45b40ad833d3e897dc3c86f9',
  'ca-phe-ea-tu-4.orders.jsonl': '7648616b13ee64bca7bc5b082c548ee6d61062e4591b76e3b29b170ef50a8927',
  'ca-phe-ea-tu-4.shop.json': '7adaca93edf73d47d0a83d27d65e59c78e11d22fab893d8101e127007546fa5a',
  'ca-phe-ea-tu.orders.jsonl': 'f97ead6d890510c59bf3da4205c963c7a28cea1962bdfbc53e4848ca6440c7e6',
  'ca-phe-ea-tu.shop.json': '919f6125b3d79421fee6d2dc7e1c49c6fa99bceee0e0fe572c2a66a384c28878',
  'ca-phe-ho-tieu-khe-sanh.orders.jsonl': 'f0004c8a37246b8f72653f5fe603697e70ed3fba2859ae9373921111d81c0301',
  'ca-phe-ho-tieu-khe-sanh.shop.json': '7acf339aab720ed117b194379bfdcc740612586a580c8e7f67afddff8107e848',
  'ca-phe-hoa-tan.orders.jsonl': '7d636f7030358146c4c8ecc98d090d83c4c427badcce8d52daac251e34f17d94',
  'ca-phe-hoa-tan.shop.json': 'd77bf96ddf20b9bc90597aaa265b210d05e9ea1a06c67bcb782ba1995f732dec',
  'ca-phe-khe-sanh-2.orders.jsonl': '6871afacdae7e3831268bdee93aee955950d8b92754f062d1b1da639aedb7ef4',
  'ca-phe-khe-sanh-2.shop.json': '16d69e16ce52205f102d9f7dcdf93c11bd9a0bc3fd122bf71f4ef57a93f4bc49',
  'ca-phe-khe-sanh.orders.jsonl': 'd7d43b387368a059550177a3a816ad3df3aae27196188c738446f2928f15f052',
  'ca-phe-khe-sanh.shop.json': 'e90dadc8546829a83d18e13857741804913de29c74235c77f3783956c4565850',
  'ca-phe-mat-ong-tay-nguyen.orders.jsonl': 'dc43aab778ac208f55580b29ccd49568e24c24ad2096407b6f64b971050717e5',
  'ca-phe-mat-ong-tay-nguyen.shop.json': 'd5254247d11ae5858dd0cb07ded6bb6b016daf5050dfd3308373bbf8bb6e6359',
  'ca-phe-muoi-hue.orders.jsonl': '5eaad902d4b6d997756a1399046894442df35ca66a89e38c914986386704d8c8',
  'ca-phe-muoi-hue.shop.json': '9a17eb8c0853a7392abbee4fc45455782f2913599997b489a28c6d9985549397',
  'ca-phe-muoi-kim-long.orders.jsonl': '4a20511f28c27334158f3586ce9c14065f38428925dce9c96410dd902079aecb',
  'ca-phe-muoi-kim-long.shop.json': '91dd497d99966a616e45e1c21659c933e6b116ddd2b05f20edf1f3904a4aebdf',
  'ca-phe-phin-dung-cu.orders.jsonl': '04c8905683614b49b9babc848f83998320c078c06ed7255d2513f8f6123c801a',
  'ca-phe-phin-dung-cu.shop.json': 'ff61ae450a248d404ea8b76138fe02c54351cc22bad7feaf809d841bab9cf224',
  'ca-phe-rang-xay-buon-ma-thuot.orders.jsonl': '7c8ef2b5964b047dee007aa7b4054f42d302302f6a579347965bd2915d47b79f',
  'ca-phe-rang-xay-buon-ma-thuot.shop.json': '097b494d74cc5fce8cfa3c234c70221adbbb0f65fb0b3127ecc6828f4331416f',
  'ca-phe-tra-cau-dat.orders.jsonl': '18104de78e6b09c7edd0ca12d93c8f4171271ed679040497f40a381a74c71b70',
  'ca-phe-tra-cau-dat.shop.json': 'dab23497309504010ce41628fce7e34be7a7cbe2ac9f6b20bccac9f06fc0b778',
  'ca-phe-vien-nen.orders.jsonl': '361ee35af7c4ff9adb9e868ad0146ef7dc54ce761ce4aecc9ea064410d0228c5',
  'ca-phe-vien-nen.shop.json': '80760edca5661ba254e9672faf56f0c10bafc1ffeef8c946c27b3000bc7c8191',
  'ca-vat-khan-lua-van-phuc.orders.jsonl': 'd663f1893063587e209bb4eaad5c0c1afdea96e0655126cf3457b4ad24a74991',
  'ca-vat-khan-lua-van-phuc.shop.json': '0d69bf68bf211942753212eb3b7f4887bfd932e76848819b00356ba634021939',
  'ca-vat-lua-van-phuc.orders.jsonl': '133f13b0e439f1a5c627c61a3d0abd11434253e04d2ca719c7fd9273990ff5ae',
  'ca-vat-lua-van-phuc.shop.json': 'cbf5c67f7f6e5b84946f244d8e6fb88b572272f4174239573563ccdbdf62aa8a',
  'ca-vat-phu-kien-nam.orders.jsonl': 'ffbec913221eef26e88dcb70ca3def3f67b11b598b249b2497bbd9234d4d9844',
  'ca-vat-phu-kien-nam.shop.json': '240664c7890c459e37e3e3010521131ff18b8f807346f6428988fc0a753e7d9f',
  'cam-buoi-vinh.orders.jsonl': '6708b2b763cc7b29d6f62005b9c545a532854ff38b7d60dd7071528f73c66cb9',
  'cam-buoi-vinh.shop.json': '9496919988d59ff8f5f41eb2feefe1db4aa4b59ec366a7ec2e6bab990d8fedf0',
  'cam-sanh-ham-yen.orders.jsonl': 'f62fd2cfe4c61fde41882590425b1e8df2b112d22e70d7c4aef496ed4d2d894f',
  'cam-sanh-ham-yen.shop.json': '4cb0b664326d0949a44bb2f0ab6dee720e4ec1f249de84dc7d842363912a695e',
  'camera-an-ninh.orders.jsonl': 'd8844aeca382d1bc05192e8e11517cdac63b95e9aba2871283a2a3d71ad1ad17',
  'camera-an-ninh.shop.json': 'd73b1504eaf0949c7b8ae0af9a9ea0ebe12f5e4870b46f34c8bda0fbdc0691f5',
  'cap-sac-dien-thoai.orders.jsonl': '1cdcf9200636c4cb63256dc795509e105cff26c312ab05de01775c474edb33b9',
  'cap-sac-dien-thoai.shop.json': 'da468bc822e4eed030a80873299e65e6398ec0f12008f63094b9b83a640a5c12',
  'cat-ve-sinh-meo.orders.jsonl': '68efbef796978949c098f6e8441e4f91f89cd62bcfef5cf99be1e467e3ffbc4c',
  'cat-ve-sinh-meo.shop.json': '6dc99f89162824105a9df0869b19bbba37e72f6c8ecc8314fb58e15a1e6d4b5e',
  'cau-da-vot-cau-long.orders.jsonl': '7b1285953eda5d8507a4d05f7cf7ef69cfa54852c5fea9a81ac2f542a2499de9',
  'cau-da-vot-cau-long.shop.json': 'cc1258656d9a282f4b61d047146b60c970e3d9494fa6c46800af1752244749d3',
  'cau-dao-aptomat.orders.jsonl': 'd5f082369a0fc430b3f7cc3f07449c7ed726fe69ea5e9f34aa3afad4b066713a',
  'cau-dao-aptomat.shop.json': 'f1d4da3bf01b9b0239de01ac24764ad688417c15cf42f4d5910836dd9a83e847',
  'cau-long-dong-phu.orders.jsonl': '445150f9c07d2b5c51183da2578b01274fa98261c18cf7e527a900e000a6d896',
  'cau-long-dong-phu.shop.json': 'd32529836635892f05df672d49c2ce7ccc814a7a0b55d67c3ea1cb3bba84d7da',
  'cay-canh-my-dong-2.orders.jsonl': 'ef8b041816765b9e35699ec3b06e5f07107cf8576ba732451c003c3b4230714a',
  'cay-canh-my-dong-2.shop.json': '67618cade88eac28a98412ae8fe3d7d951f9730853a4df27b5e2c2cc9f9088fc',
  'cay-canh-my-dong.orders.jsonl': '9c866e2c36963673393db96e70f7f65a5227394ce32016f92c255c6a374055f0',
  'cay-canh-my-dong.shop.json': '2f8bc5a2567e78612f5bd2f48b8519dc5dc82f6768bd2a9bebe0c5493a693999',
  'cay-canh-nhat-tan.orders.jsonl': '6673d0fffdc2f2b88c834d04c009eacf7d5af5e484de5fb0d4e3f15aaed5dbfa',
  'cay-canh-nhat-tan.shop.json': '40173192f926dd4b18d715cf2eb93b90943aa54796fd50104fb35f0ae1c5e44b',
  'cay-canh-phung-cong.orders.jsonl': 'f5968c0c3e84ec5fbdf6bbe6f9dac62aa17d743d43f92667b9fab8dd32e5bdb7',
  'cay-canh-phung-cong.shop.json': 'a740affb219cad87dcd98080e775854f75f520941b9ceca357271dbdcc46de88',
  'cay-canh-thanh-ha.orders.jsonl': '25fb63d0c10aac6260e9039b72a498e691e1b97e9e68faa109373b0778b1a445',
  'cay-canh-thanh-ha.shop.json': 'ad3fadf35ba3c446c787e746a49fa006b3ee970bf226d647732bc9b6b2d06023',
  'cay-canh-van-giang-2.orders.jsonl': '9c672b7339fc5e09d33064315eaf7241b45a9a7b3bebaef4a0094bbe710065f0',
  'cay-canh-van-giang-2.shop.json': '84114abb621bbe3bc9e42154a9278024259c0d9da1e9cc1eb52154d0ab0621fc',
  'cay-canh-van-giang.orders.jsonl': '89577872d7be11af068ed124bf688fbe1df32da0acb45963b30088501f095aa7',
  'cay-canh-van-giang.shop.json': 'ae972eeb7ecf9a10536953dd2b8377e23f374c48d3f082f66c74df9ea920e5a2',
  'cay-canh-vi-khe-2.orders.jsonl': 'b32b2c3107e8f84032a7015f3ea9cd5cda9c2c4d1954c0b5cd7f9a4f3b7add73',
  'cay-canh-vi-khe-2.shop.json': '2fa75f8ad038e516386da8801e3882b278e7c6509df22c229ddae3527072db16',
  'cay-canh-vi-khe-3.orders.jsonl': 'c01d0d7c083c873e0454c9a75c2fd92236a6a198c9dce3cac9b28dd1a35a4206',
  'cay-canh-vi-khe-3.shop.json': '9daa2b41b12ca1f819b479f2fdc6538b44fb53e0848ff2c34e22e71d93aed52a',
  'cay-canh-vi-khe-4.orders.jsonl': '8ae939c8fa4c41e4bdab02f255801458ec6a864b9a09577268ec5dce2cffe8f7',
  'cay-canh-vi-khe-4.shop.json': '8dbd580ac85c2a36ddf916af693a7fa76f1641dc589755a9b85bc4db34f42b81',
  'cay-canh-vi-khe.orders.jsonl': 'df94b0da09128de8d7c2da6bb2105708dd95a389da547798180b2f14c1f7afd9',
  'cay-canh-vi-khe.shop.json': 'dc30e302313ceb9fb398d546a71d9eba85062b7ac5789baa9ea06d24c82338d8',
  'cay-canh-xuan-quan.orders.jsonl': 'c745bf09829d22c139ce0680ac0dfe99012db8e8ee18067766e4e677d6884e27',
  'cay-canh-xuan-quan.shop.json': '8a7e11a325e64b5b9ca84664b6ffa19343cb90b616ff05fba544409c2af3f895',
  'cay-giong-buon-ho.orders.jsonl': 'd85a48206b63892bdcf11c337f8464eea6c6a4caf27fb929053c1d7e7139bfc4',
  'cay-giong-buon-ho.shop.json': '298e605930944b7d49b2fa04c93ba210e607e456c7ce8be7fac1a6c5a5248a24',
  'cay-giong-cai-mon-2.orders.jsonl': '3c10dc7607c6973ed64d4c4f3f1f76db339b8af8950c43c42a8280d006734041',
  'cay-giong-cai-mon-2.shop.json': 'e10f0c7e686a467bcfc1bae54cccfdb1d852b8a1f58788c8d8d3919db4405b10',
  'cay-giong-cai-mon-3.orders.jsonl': '4879548f50e3cfdad3da03ffb8b07eb260e4558dee79df8f1b887cd1598ce1a3',
  'cay-giong-cai-mon-3.shop.json': '26b0995bc3f0367f63299e7b89f15275242b9def95fd12f0d75be543dd228aba',
  'cay-giong-cai-mon.orders.jsonl': 'd2a3fb10830fb6fd8f2a45cf8ec4c430aa517d688a0300432e6c82405a87bf50',
  'cay-giong-cai-mon.shop.json': '5ad33868100c1253e85835385d76f481ee93412d3708b60d6372094c4a613c07',
  'cay-giong-cho-lach-2.orders.jsonl': 'c8f36d50a6027682cb483b6f417b4eef2f961ff506d761dabd6bc19d26004659',
  'cay-giong-cho-lach-2.shop.json': '3f3bbe6bff3eb86a2a6e179f05cb217999a8e9f048f13de48c9a3a40979cae29',
  'cay-giong-cho-lach.orders.jsonl': 'ec5097867836e06597557511e1cfaa03cad110a0654d54dc51d19a1a520ee442',
  'cay-giong-cho-lach.shop.json': 'ee39672f9bb0f42dd8a8c2493856dd7a6bcc036a4b4a7c85c7c9ecd652bd4b7e',
  'cay-giong-hung-yen.orders.jsonl': '8a8d03c99b9ac2a3e8d705240c70e5c8b868480ec1ef28cbea543fa8a9f857d0',
  'cay-giong-hung-yen.shop.json': 'a121ea5e9b53dc436eeb2cbce670705c46e2d7b42a7675dc449554bed8cd9e5a',
  'cay-lau-nha-360.orders.jsonl': '50e0506a35e666257f0bf934c54a46cca01afc7dc00c263df834c8c68b448fae',
  'cay-lau-nha-360.shop.json': '77120afa40c260a18b3b7aae30b3a64e265f6aff47241777882f02db806a156b',
  'cay-ot-giong-rau-mam.orders.jsonl': '25b94cf96502b350aa2d70fd119708d6a3ea9ac0a8689718468cfa26964f49dc',
  'cay-ot-giong-rau-mam.shop.json': '845fa8a8f1a8a7e89688e4bfa08bccfdc73674be1ac32b8d09ba5ed9946fac76',
  'cha-bong-an-nhon.orders.jsonl': '3be9e5a02e7e274dff8cdf2876bd7808dd569d571c18cfc6b80733427cdde66d',
  'cha-bong-an-nhon.shop.json': 'ceb3cd6e17b94b337a6f81733f185451c4a5f5c6b4aae03017d8effa11b5bb88',
  'cha-ca-hong-gai.orders.jsonl': '2330d8a233deefa75752662e138c11647367705c9f693166104719aa7bba64de',
  'cha-ca-hong-gai.shop.json': 'd5040a9baad0898270bcfa94f077d39a1d71eac1d9287c29b1e9cd8a89c3a089',
  'cha-ca-nha-trang.orders.jsonl': '28c3c75d697a582989afd4867f865a59a69c2e829a71d34edf454aa10e85d1b3',
  'cha-ca-nha-trang.shop.json': '310dec1bb0d4811e7aa237e33a42085e772ee0515b669b81f3cd14029a3996f7',
  'cha-gio-ha-cao-dong-lanh.orders.jsonl': 'aa35e67eb6020febc287a477921f7af5bd83ff6ea852cfe3dfad9bf8c9327d25',
  'cha-gio-ha-cao-dong-lanh.shop.json': '9ab94bfd0fc9d1fbcf210a88e03bcbe4f2f0aca80ac9c2edc67b8b1e6c9624b9',
  'cha-gio-tan-lap.orders.jsonl': '8c62fc97f1ad36c8724d507f37376a107693f73b5733e6be7347aff980cffcc4',
  'cha-gio-tan-lap.shop.json': '2c3ac1801bc57fb186bad58ae03aaa762ab2f7730b0d6af852ab767a8a5bccaf',
  'cha-gio-tan-phu.orders.jsonl': '0b71e42344636b52b26c0361ba27b4136645913d123c52738f6be2c65380dd69',
  'cha-gio-tan-phu.shop.json': 'c7ec453a7d789cc5ff2865be86645c12b60127e10ad3e843d8b30466299bbb08',
  'cha-muc-cua-lo.orders.jsonl': '3366a82cd2dd046fb3792bbb1fe3aea809a8787627eaf049847c7ac812e642dc',
  'cha-muc-cua-lo.shop.json': '1667acb14effa420a579ac5d6a484f3431856ed3ff8b8987b00c102ed665582f',
  'cha-muc-ha-long-2.orders.jsonl': 'f20a15bf9c451c2575d9ece6d9fe525eeb22069eb600256844ddd8584a88f33d',
  'cha-muc-ha-long-2.shop.json': 'f5c44a5d836e461bd91db4d03f72684149518f6dd6b8dc3919b57ffb874d7480',
  'cha-muc-ha-long-3.orders.jsonl': 'ca85191d9a066f4befcc541c4d37dc22f75aa4da477bc8db536a2f60296f6735',
  'cha-muc-ha-long-3.shop.json': '00ecc2b2f3435ee718c0505600be3f2b12642e1ae9cf82053983825ed206daf7',
  'cha-muc-ha-long-4.orders.jsonl': '883c32bb88e17c2210a1a589429de9de9ee53abb5038db6e281965da0e00cc87',
  'cha-muc-ha-long-4.shop.json': '5fd214fa77c2260184a494f18439522c5196f6dc9c7e95ca700680bf6871377e',
  'cha-muc-ha-long-5.orders.jsonl': '218eb3fe5bf348b37f255329408a526f658ba6ca8f0023aaf84293d8b577feaa',
  'cha-muc-ha-long-5.shop.json': 'a8b6117c30c2112d64856630aee268352b67d24e1ea873b8e964e9ec495ff19f',
  'cha-muc-ha-long.orders.jsonl': '3cbb876d24247c40d9f64a8ccbd07dd5c7b5a6611b3630e114b4e29eb42ee7d1',
  'cha-muc-ha-long.shop.json': '68857eb74e0842815d366c1c3f507b06621e63874cd73768beea5d9d3adb1d55',
  'chai-lo-thuy-tinh.orders.jsonl': '032f2bc784ec99e92965778c96a22f61758220b8af3c89871a8ef7c8bd7b123b',
  'chai-lo-thuy-tinh.shop.json': 'f0bf4bab2ad7cdd30e509e43fcca7083da55eb4598428ac727e9d841c468b436',
  'cham-dong-dong-xam.orders.jsonl': '1a0bdb85c316acf801c3e93959aac857eba2793ca3217974193ae5a775d4508c',
  'cham-dong-dong-xam.shop.json': '03707aa529d0abf90f01725988d1e368f49dce73b67b2f7b7660b4f350e56543',
  'cham-soc-xe-may.orders.jsonl': '18efd8b6ae20136a46c8b7bb43e667726bf905a201aa881e0dfd76d968e5302d',
  'cham-soc-xe-may.shop.json': '1d7e68b6ee57f62451ad99b30ed855863004ea18e383a6d35c6dcf668babbfc6',
  'chan-dien-suoi.orders.jsonl': '655736325b09ceb3192015db1db76271477df9d5db4a8601dd953ec386597d6c',
  'chan-dien-suoi.shop.json': '1efc10f8b2369b2ddcdd63e88650e9bc917ec7fd1e39803041b95067c287b50b',
  'chan-ga-lua-van-phuc.orders.jsonl': 'ab31bc2883003bab985dd97a164564e172cf9c3172148e0ae29b62fc54ddb839',
  'chan-ga-lua-van-phuc.shop.json': '802f16e661e02489d2439f9e9237b4ed0f9d21eb7249ee3890598dd9f0bae34e',
  'chan-ga-nam-cao.orders.jsonl': '729fc307eba7647b5f2fc0c62e083e5bc20b0c937522fbb945ee4b95dd48f4e3',
  'chan-ga-nam-cao.shop.json': 'a4f8a7a9752c1467bc6622eafa27ab36d967b6835b93afe64934bfedfb9a0a20',
  'chan-nem-tan-uyen.orders.jsonl': '6ae81bee02ae951330e6267cac98aacc09a645ff7fa5bc3291e5d241dd1c19ec',
  'chan-nem-tan-uyen.shop.json': '291d0c96e0e2bb96fae768365a0593cdbbc2162f32f44f35b1c207a0837c0566',
  'chan-nuoi-suoi-hoa.orders.jsonl': '23f5642b1ec11823b262d1313c013628bf119043e364a007453664dbd9eaf144',
  'chan-nuoi-suoi-hoa.shop.json': '5916ea4ca2bcc40fa2e5a6bde9d60517d3ebfb84c8402ec8abf204b3d70b4189',
  'chao-be-lang-dong.orders.jsonl': '613e38c5293ffafd4db2eb85487ff8febaeef685fc2b7b012fd012f2b3659f7e',
  'chao-be-lang-dong.shop.json': 'ad01600c33d63a9f469ae22b3378b4d36471a1f98d282b8c6c04d251658ed294',
  'chao-dau-phu-nhu.orders.jsonl': '0c52a549a48d9ec24fb77ecf029661ea2f81add60d6d46fdfd410b7638416f56',
  'chao-dau-phu-nhu.shop.json': '01154b89f470707898c8c9f510cc3087489a1995a523e57f5212260eccbb9e6d',
  'chao-long-ke-buoi.orders.jsonl': 'caac5c9cb204251b2d87e9ef10cb232cef0f882c95fd223ddc3cde48905dae2c',
  'chao-long-ke-buoi.shop.json': 'd45fc322adb9d284d496c4de76b0f9a61e961dcd5c846d7442c2b43f3c554b35',
  'chau-canh-bat-trang.orders.jsonl': '3701347b97dc040cbaf022e6335d263ec006e7c4ad6a59b5966d88cab7cf42be',
  'chau-canh-bat-trang.shop.json': '2263dc454df78222ee31122290f53f9560fd10432d2bcf196e2d1fbca2efa25b',
  'chau-canh-gom-bien-hoa.orders.jsonl': 'c52b9ac1f049d843bb18979bc3a84ad453e7a7d0fb304f9a1aea86853c955f06',
  'chau-canh-gom-bien-hoa.shop.json': '4513cdfbfa367ce773bddc5901535925b2c793bc3e6f866775afbd17db89f7d8',
  'chau-nhua-trong-cay.orders.jsonl': 'a7c81ab01592982d724a852a95c40c2e52103c97d630e4a759c8ed40104af56a',
  'chau-nhua-trong-cay.shop.json': '855d7b9bf8f7fd78b33a568ceae68a5842ec2661220b72bad76512f83fc164d1',
  'che-duong-nhan.orders.jsonl': 'b32b1233d70f8b9a45d13a3c291a0488ad25effb64d835421d45a4d34139f70c',
  'che-duong-nhan.shop.json': '12bdc56c4bcb0f38e4e9bf1d721da36a58ad5a0883a33aff055173ca7ab5a8ba',
  'che-hue-mang-ve.orders.jsonl': '71457cf25a49984a36fadfa5c472b54e6f8dba6c888652357014ad9fed94e09d',
  'che-hue-mang-ve.shop.json': '20b0cb97c8b442927cb46fa20bfa110848963848245fff1f65ff94a26263a0a0',
  'che-la-bang-dai-tu.orders.jsonl': '5e40a23509d037ff47327b460cc46cff2286c8c8e401cf835544b6dae634ac6e',
  'che-la-bang-dai-tu.shop.json': '730e52f36a850d2031fcf6cf5acfad6dbe4ecd01fd8d3bc2c0170e9dd3cec966',
  'che-lam-keo-lac-go-the.orders.jsonl': '15a515186cbbab22711fff0d4988cd015a7e9174132d6c18d7eb2b967e56431d',
  'che-lam-keo-lac-go-the.shop.json': '72f6732e9ee5fc4987e17455cfda11c9da8a02ea84186d0801101527ed673b74',
  'che-lam-thach-xa.orders.jsonl': 'b080694e321f6a3ab4fedcbbce29260afe7574e017e3fc01051ca3b89116d102',
  'che-lam-thach-xa.shop.json': 'd853e5efca688496ac130e574984d3858fbe58bc654be0736c5dc29339d1fd2f',
  'che-long-coc-2.orders.jsonl': '4c27f9aa8284fb6f8ed2646e7f7d92dd5c146c390f0978206ccd3ab834e93d4c',
  'che-long-coc-2.shop.json': '3e5f921dd02b854559be364b699bd60882933ac88c82ee368e437ee170321147',
  'che-long-coc.orders.jsonl': '6c71281f9e3171ec60c2b83cdf20ab9f6270415abfb7ca295c72e6d387ba7bf2',
  'che-long-coc.shop.json': 'd0d3c5efb1ce0468bbe76510ed9a7200feaa165bb09517735bd36beaa5301478',
  'che-mat-ong-dai-tu.orders.jsonl': '8dc18704ab30b660ffc1bd10c80490db024cebae502ba37b2cb3c557cb61d9f9',
  'che-mat-ong-dai-tu.shop.json': '7c6c6aed1a2de0d4a6bb5d309746bcef482b65c0c7cf51d1c2a33c1cd8c71350',
  'che-moc-chau.orders.jsonl': '34ebc6898b5d49d8138eb70e3c168335455c7a039378cc574d7a628f3897de00',
  'che-moc-chau.shop.json': 'aea5ae646b58038392be7ae0839c70438eed17d2590efa8db3693d2d20e6ccce',
  'che-tan-cuong-2.orders.jsonl': '2332a54ad3a2edcfd5ba5a6f444bfe1e848e38b656d4249ad577c297dfeb3f4c',
  'che-tan-cuong-2.shop.json': '67eeeaf32974445540fd3bde4d907b44b9453cce6beda5ac3edc133cf171cf64',
  'che-tan-cuong-3.orders.jsonl': 'e59c11ac395187bba8ad9368a95819497a313d0f053af8aaffd690260481f57b',
  'che-tan-cuong-3.shop.json': '4d3ea000a39614ea5c1378c1af413fc0673b1d197377a046687c0ed59b237da2',
  'che-tan-cuong-4.orders.jsonl': '7bc2161be20b75e6599acae60072345e2a39cdd03f5fa3654d9107f4ce5b7670',
  'che-tan-cuong-4.shop.json': '874b3122d66f42c42ccc6e10566128928b25821881321aef164c262cef780959',
  'che-tan-cuong-5.orders.jsonl': 'cfc6d22f799cd6faaa3a28c9438c30bb11550a55d132750a68b42da7c7e3451a',
  'che-tan-cuong-5.shop.json': 'e01c0708ae787cc0e36b11bfbe7e83cd99d49159f9bd44f792a7ed6cf86d02aa',
  'che-tan-cuong-6.orders.jsonl': 'd362e5964561b49ff19e81bad34d9914e6ce477e05b918576d8c8e08554d4763',
  'che-tan-cuong-6.shop.json': '727a5f476fc9570fab23dc3316d4c47750d6c9a276a3b6b785fe886f0e9b5f2b',
  'che-tan-cuong-phuc-xuan.orders.jsonl': 'ddb41d58b6fb09ed1006c9bece8693deac697b7826cb2ec0aba3833697f0fac5',
  'che-tan-cuong-phuc-xuan.shop.json': 'c9b95bc68222e15adb57d5cafe91eb13a1c35067a935ae95af754f825cc2ec43',
  'che-tan-cuong.orders.jsonl': '3df917c1bda1f3c858e1c74b273b42cc95caaeab99aa3b653cc2f3fabfc7e02f',
  'che-tan-cuong.shop.json': '2fcf4db9147ba4376175a6d1db33253665521098479482a1d338a66cd2f7b2a3',
  'che-thai-cho.orders.jsonl': 'c29cc9a96f1f7504654b9b16fdcc4bf2ecda39177ea717b55371b44e2e9a319a',
  'che-thai-cho.shop.json': '2de8e733d7061b93c9e3852a4d1f3b6ecdbed54df6f578321431cebc33f87247',
  'che-thanh-chuong.orders.jsonl': 'c11ec957cd2db05a9aa9569f2743138f13b2d9e0abaf6cce74d46a042359573b',
  'che-thanh-chuong.shop.json': 'bd94f075f75ca616b17ce5a2fda210643faf21870600c1753784699f602aaf47',
  'che-xom-dinh.orders.jsonl': '2b0be4ca669d364fd853c9f2e116cd932a6eca45a6561d4c3b9752af4d739fe7',
  'che-xom-dinh.shop.json': 'bf61d792801f18f67aafedfc49ad80c19b4c0eed1ce0dacf3b8ab777d4f459fe',
  'chen-dia-melamine.orders.jsonl': 'e970350d612cc3c9a1cb00d84ea2f987a5d8df986fe527b9963e08a95c5d9dbe',
  'chen-dia-melamine.shop.json': '53866b40568be8bdd99809c6d50031cc1701dfbb613b077767bef37f90be7bcc',
  'chieng-dong-phuoc-kieu.orders.jsonl': '4d35465ccbaedd0abce2f2623e58824a21726daec76771a622cf8ab54124bf4e',
  'chieng-dong-phuoc-kieu.shop.json': 'a4aa305ce28024b70670d4f5fb2a822767d60e22f983d6236a86cd316263cd89',
  'chieu-coi-nga-son-2.orders.jsonl': 'd8214f2782f4a3a715941c8a86aa7ac72f407494fbdaa71721279b953882811c',
  'chieu-coi-nga-son-2.shop.json': '1e72f926602fe4dd2081016dc34510a061878a8b646c7d9b372c65a151c51cd6',
  'chieu-coi-nga-son-3.orders.jsonl': '077750a284e5fc8add0256eba653823b7aad479a919f68e3f8159502b600a982',
  'chieu-coi-nga-son-3.shop.json': '7637c23a7ebadd1628057be352ba9b387b2e80f6e1427b0a7447b620f40b6a22',
  'chieu-coi-nga-son-4.orders.jsonl': 'f924890294d7822eade0ea72c52a801047b9cd51f434b43e20e088067c81c0ea',
  'chieu-coi-nga-son-4.shop.json': '6f78cef33f9f2d3f4a1738f3a52d1acade02d8f475e1795a55c90da4ff25af58',
  'chieu-coi-nga-son-5.orders.jsonl': '747610c930a880b4870c036690b081c7a43a206b9c2187848bf4f5713b6ad989',
  'chieu-coi-nga-son-5.shop.json': 'e6513798211a853c57023fc89a58789ce70ecef67d908c3495c53325152032cf',
  'chieu-coi-nga-son.orders.jsonl': 'd11695eda0a0787fab8c150553a75c3752a7185c3b47b4c65bda931335228dcc',
  'chieu-coi-nga-son.shop.json': 'd6e9206ff2e42359865e22cb27ca50fd10cc161990468197790c7e5ccc5671b3',
  'chieu-dinh-yen.orders.jsonl': '9a2d4df444c19dac237f74e1aee7919d9adebc858a5c1a7092a5d3e1c6d4030d',
  'chieu-dinh-yen.shop.json': 'd024bad1886c7d4b49124110e4f47c9156dd168c31c3ccca36d372efec684749',
  'chieu-truc-tre.orders.jsonl': '766b90c426ff4278caed47ca2bb6aca3e68cac842b78db21c98af63339ec3513',
  'chieu-truc-tre.shop.json': '89b748c96d87e88a74eff2691441d4d4202f7fefd95274be2d3029be3f33567b',
  'cho-noi-cai-rang-2.orders.jsonl': '3477b4b22bbecdbdf9c55a4de0908013f2c6dc36b1ff8f8f9597a977abd3b6b5',
  'cho-noi-cai-rang-2.shop.json': 'f0e032904886b0f95bfb584e0041b7c04c25775c1a044df37617980b2721ed7b',
  'cho-noi-cai-rang.orders.jsonl': '8520c0a5ca07268bc0375679901fa1e9298358d787ce330882328624db06dcaa',
  'cho-noi-cai-rang.shop.json': 'f99335f000e9cabf793322c95be6ad5c81b99e3d62f712cee5bc763984fb1d2e',
  'cho-thue-su-kien.orders.jsonl': 'ac29c325fbdace0e015b60cab3367b28a91f31f572c8364011e3923f42ddf01a',
  'cho-thue-su-kien.shop.json': '3b0633c5088bc39c9e1a9b28da31ee06a162ca20aaef04a4b43d3c6520d49bd9',
  'choi-dong-lam.orders.jsonl': '7a3fdab4e8e56ff36e71fc943e4169270e2cc8c585031cb5d66557e7c1bf96e4',
  'choi-dong-lam.shop.json': '469e47711cad3024da24aa8cf2d730acb8cfea5b0f85e5dccaeed5b953f0d86d',
  'choi-dot-trieu-khuc.orders.jsonl': '8cf2ab41ced47f7125112d802c799ca5ea3bafcc006227cd4b9a221d3a6dd633',
  'choi-dot-trieu-khuc.shop.json': '3ab3e38591075ef9f13da5fd156aa94b018ec4fb0313889385eeeaf56fa3e596',
  'choi-rom-an-phu.orders.jsonl': '08509e529eb7f3f8a4b489b26039d351093b87722cc06fc1ea202b3ad2c1f03b',
  'choi-rom-an-phu.shop.json': 'aec5c13746b777eb8e1387db1b0d11b7ddaf530d9186f681254a7a117e8a8420',
  'choi-son-dong-mai.orders.jsonl': 'c0155693cfd208906eb178d49a72d361160727b14923661f01e82ace5ee271a7',
  'choi-son-dong-mai.shop.json': 'd6c82a1860126e97d04f9ab609682739fdad4f9cd75e39540896a85277c40c30',
  'choi-tham-hoa-vang.orders.jsonl': 'c46836ffdb1c29ea17e2193d0f182ee5835df1cfdb1248a3323549e87516c7d7',
  'choi-tham-hoa-vang.shop.json': '3b62e565b07c96103a92541ee78fa7a59dcdb591ec00092610403afef1250ba3',
  'choi-tien-phong.orders.jsonl': '641de27b23d48693ff015338efa26df4f91fb85002524be8f6ccd19e97b0cbb3',
  'choi-tien-phong.shop.json': '6041a5a31aa12a4cb68841f63e118abc9721a5c15d182cd4954bdd12aa3a8cd6',
  'chum-vai-lu-sanh.orders.jsonl': 'd0d394f75e79742dfee8af101e2421c4baab1852391fb9c4bc7661c5d8f98b8a',
  'chum-vai-lu-sanh.shop.json': '8e72da519f9d341b5bf53f201b88e6626e762512eb40230e85d83456e0c2ac01',
  'chuon-chuon-thach-xa-2.orders.jsonl': 'b68046b2621a9c04769d74fdb92ce41e4a49f5fba82e2d85e5fe852f39a409cb',
  'chuon-chuon-thach-xa-2.shop.json': '041463a5ae7c37c4c0ee7f489babfbd4761896dde8555a8cb93eac88357f03b8',
  'chuon-chuon-thach-xa.orders.jsonl': '2d78c5dc572c1362d854cd05f5d4c6caeede6d595791c947d6f836c1e3186074',
  'chuon-chuon-thach-xa.shop.json': '3654f47b200e218f785a88ddfe3ccd6cf7854bd2423920b8bd5fa2f2fc0c5008',
  'chuon-chuon-tre-thach-xa-2.orders.jsonl': 'caa1fda03147228afbc14fa89e05dbfeec8aafde37ccc13f77e6d4398c7657cd',
  'chuon-chuon-tre-thach-xa-2.shop.json': '9ff06bcba76484b6cc3b9b694cface962130692c58a37a7043df1799e60e1dda',
  'chuon-chuon-tre-thach-xa-3.orders.jsonl': '05f1f7429742033df8c53099f42017fc6f90b7533948e4fb1f4c3699c8c1dd3f',
  'chuon-chuon-tre-thach-xa-3.shop.json': 'dd8120db109bcf7d1ad912ef547d0f7175c1c5bdba920e8d33dc238a7498bbfe',
  'chuon-chuon-tre-thach-xa.orders.jsonl': '8989c7de34842dab1fb9f35827d2c7eca129e2b5bd7d8f696af3ee42a9609488',
  'chuon-chuon-tre-thach-xa.shop.json': 'a45c9924fb4f1c862379f5974a13a9619d5599a99e2a51d46bd53a080b299f64',
  'chuong-phuoc-kieu.orders.jsonl': '5efbdba69bc309d5745a12e6fec8babd2f45b2f6239a6f9fd29e0268065dffbd',
  'chuong-phuoc-kieu.shop.json': '6b5fa605be70af3a4f0057a669afc7f293245e6a71aeb591325700f90158a87c',
  'co-khi-phung-xa.orders.jsonl': '62491ec42f8faebf572726328d4e6cacbccd2937b28fa8594b6733c8e5213ae9',
  'co-khi-phung-xa.shop.json': 'b3c753ee5afe99b1d156a5597769905875a2fd79d9628ca3f35bb2826a070e5f',
  'co-khi-thanh-thuy-2.orders.jsonl': 'cb2011ecc6aa3ecd9bb0666b1e2f97f10ed437a536cb712e57386c2db4303695',
  'co-khi-thanh-thuy-2.shop.json': '0ec7ed70f2464be201362ce026b9c1ed662af2ac27eb5947e3b14ae45ac17591',
  'co-khi-thanh-thuy.orders.jsonl': '36663cab9e5c73debe760619923ad14f5567ddede6cf03bc17888efe9a191868',
  'co-khi-thanh-thuy.shop.json': '9ee57bd51725e135b7e7827a87a185a55156ea4cf327d3eea798a1e4ee7ce95c',
  'co-que-dong-khe.orders.jsonl': 'a9964bfa736644fce4937553e0800e468ee8fe5ea5dec25822b436c297f90aa4',
  'co-que-dong-khe.shop.json': '1612776ff6aae81ce4346a018a9aad6a400c56d549d3155ad42d9802e364d9f6',
  'coi-kim-son-10.orders.jsonl': 'b4b469e9aa80d6fb6c0606be864082b9b71c65165ef83d6b331f67f8fe4b5ae8',
  'coi-kim-son-10.shop.json': 'cef783c7f8e0fe6de4fba739a342b8b18989d9ee8fdd8eb7d782169d70c19896',
  'coi-kim-son-2.orders.jsonl': 'f16e8e8b4ec8f17cb517cdd163dc3dda8cef7a8d63786a36861e1f838e3684cf',
  'coi-kim-son-2.shop.json': '489c0c4c4aee88ea337f26afcacf0410671e33ba988550668c05907fc53ee3e1',
  'coi-kim-son-3.orders.jsonl': 'e4c9e40cd4f776dd0548960e0c76f1c504bdde09af40278d31f17c09388cda80',
  'coi-kim-son-3.shop.json': 'a2fad6d94c9f1172a57b463c8801c45d56b3929cadbb3e7e7abf3a9ef715204e',
  'coi-kim-son-4.orders.jsonl': 'f77d7f0a5f169fff71fff79ca6fabb1564f3860460c45251a54f1a186f0075d2',
  'coi-kim-son-4.shop.json': 'be5c182862034e954f3afbe2f4210520d8071dfb8b9c1b3e472321c929f308ea',
  'coi-kim-son-5.orders.jsonl': '8804d815b73afb54f2e78373d6c79d5d5e35c6582877dca6deb25b0c9a46ba0d',
  'coi-kim-son-5.shop.json': '243a955e323649dc2fcb79863cf164e860d374e20c29afc9f9cd032eea91344f',
  'coi-kim-son-6.orders.jsonl': '5a4f2f7f1d581a0c5f6263beb452df9d4ff73468992d577c4ea0c9a9df3358c8',
  'coi-kim-son-6.shop.json': 'c6a3a60a7b6804107039e9235c1468513099c3bc9843ac7a147515caaf14ae7c',
  'coi-kim-son-7.orders.jsonl': 'c3da54398488f179b00505b0993f9a6beb0764d6d9c5c666e2e89e2382e5d423',
  'coi-kim-son-7.shop.json': '59e967ad450d2de92e59327dc20991f14a56083da2daf6ce0df3e6558709f30a',
  'coi-kim-son-8.orders.jsonl': '8774dd90c91fc775e699ae00dd88fa62f7987540d082a2768a22d525bc20e1f7',
  'coi-kim-son-8.shop.json': '68951a97da813f90bd2f42bc69e1d4409f8d805dfc9d81e4ca0ddafab1510807',
  'coi-kim-son-9.orders.jsonl': 'c48b0b2cec2c2247c402d6b9aea314e10e2d06ed8924df9f83321084a9e5dd55',
  'coi-kim-son-9.shop.json': '9b0d8573a0eafbb21ee006c368e40e14515bf467ec01531997e1c565e84f1403',
  'coi-kim-son.orders.jsonl': '01185a5fc547df3a2b7f38fd5d08c1760b11ea9bf7877b306cdf0e5d00104bcb',
  'coi-kim-son.shop.json': 'b35bb8a4a46a091ae32f27d4d3fa2ecafeaa44e3cb9ecadfcc1a7bdcd0d79b78',
  'coi-nga-son.orders.jsonl': '36d369338aefb44df6a0b9b06a79a4bfdf9b8cef3bed5c9c86fca3ea889a99f0',
  'coi-nga-son.shop.json': '5ea896a774cfcaf5e31c5a4f79cb7f79a6f2cf2977d9de6d554d42ee7c9d9172',
  'coi-nguyen-xa.orders.jsonl': '035c79a050d40d573dfe38373fd7617312cf3c9d0283c508947a8c6e82ce357b',
  'coi-nguyen-xa.shop.json': '0e2d857be742e22d29e644ef6b767d9934845795e18bdda6225af6c0c3bbb060',
  'com-chay-ninh-binh.orders.jsonl': 'db5ed5a4fefbed3b2a86e2de63021d81dfefde2224c58af61307c8eb703c4f61',
  'com-chay-ninh-binh.shop.json': '104ee410749ccb8dd17e16bc88e13064895da0829d101217bd09cdc86cd75a43',
  'com-hen-con-hen.orders.jsonl': '668aa46a097cf4e39607990f4c518dfa0e6ee42f30b736b29b4f8822f8ccb463',
  'com-hen-con-hen.shop.json': '3f395315017596716d25bd930157fe2fd4acdd26a26e984f2c0d018639bfd7f9',
  'com-lang-vong-2.orders.jsonl': '7c5dc7ac5a011533fb3390ea3487a9bbd6002102750383481691d315f994aeeb',
  'com-lang-vong-2.shop.json': '1f0153d81db02878f6495e9095f18103272de4fd15fccdccc3cb73fb02cb6c93',
  'com-lang-vong-3.orders.jsonl': '3384d4942b9c2d2018263bf34e6f0e9e626d5cfdd6e958e7d7bc38c3ad954145',
  'com-lang-vong-3.shop.json': 'df00ddc0793ee2c87cd70909327394e772bbbba974dd1cfe3c8db26b4961f0a0',
  'com-lang-vong-4.orders.jsonl': '8017ddae8196a69458275ab66af87906d5a993b3e563e5e4b52c13cfb6804528',
  'com-lang-vong-4.shop.json': '9629bd2822ba02884abfca6a799778fcf0a99a3d54ccb98dfd2c4d28acd8efad',
  'com-lang-vong.orders.jsonl': '8ade32177c16a5cf8268ba511772a04e6ee61834fda58c2e34bd21043509487f',
  'com-lang-vong.shop.json': 'ffaad69f931774417baa6d19a31357fe050295e8cc438d7e8f475e45f83603b6',
  'com-tam-van-phong.orders.jsonl': 'c32ab8f950a1a79cbc83edd87e26642885ada483ad1b0b2eeefb3ae1c5d9e63b',
  'com-tam-van-phong.shop.json': 'f72b50946970f67e844db912a1eb7ba051cc478d11eb206ec6a92dfa6217c403',
  'con-giong-gia-cam.orders.jsonl': '295c2333436cbaa49b7103e09c9b8e21223f109fbc643a71c405e8f1bec305ad',
  'con-giong-gia-cam.shop.json': 'ca2c4a5073737c15942e2b0b6a287410dd7eedf574c61a303ab5295b6d1f7488',
  'cong-chieng-plei-ro.orders.jsonl': 'c30878323dc42a3ec06ab6008d4479126db16e0df1d1c8756c7af10a2e0ee17a',
  'cong-chieng-plei-ro.shop.json': '1a7719a1640f74d76e041491c351053ee084eff62fc40e22077f527fc4150891',
  'cong-tac-o-cam.orders.jsonl': '308d1a18ac40132656ca7e5c54c4e91dadbfd461b5d84dd34a3df6e25dfd0799',
  'cong-tac-o-cam.shop.json': '3c489ebe1761a38d66074160cf6e9fcb4aa27579fc9abf2b4a8101aa8b84828d',
  'cu-do-thach-trung.orders.jsonl': '2b4cc0e402b525d5228ed4246824b7b9a228af35c6aebcf384c07e1b362c87a3',
  'cu-do-thach-trung.shop.json': '0fcdaa832a7db72f4a0b83e5f4f8344fe6cfb421832e5e632ad3fef9595318d1',
  'cu-kieu-vinh-chau.orders.jsonl': '5718f884fc773360b5c5e3d470f0ac3d223a7bd49873b87473588f6cccba7ec1',
  'cu-kieu-vinh-chau.shop.json': '881698d459097db087cde165656a51e21440e8d6c32af0b076c0f8d26f75db4f',
  'cua-cuon-dieu-khien.orders.jsonl': '4d712e8f02f75b9be3662455a62320d6c12ca47ddc801b59ecb51ad981c949a3',
  'cua-cuon-dieu-khien.shop.json': '56358e47a870a52c4948704b50d971643b42cf4e83f37c1924633dd02de59070',
  'cua-gach-ca-mau.orders.jsonl': '07648bd71efa2b3e7ef1074691273e320644d5c62501a5295c775d7e80e3bc76',
  'cua-gach-ca-mau.shop.json': '8c9a904c5db1b90335c293544caf68dbc3a9a77ecea07b3e2b33855b8966592a',
  'cua-luoi-chong-muoi.orders.jsonl': '3b7e710117458511d7b13c7a4bea202be12c24e7840f8996ade1d0353c1438da',
  'cua-luoi-chong-muoi.shop.json': '3815e3f3234fd5ce2709484c97a0bb8c216b8469a464d7c30521f49c930d9677',
  'cua-oc-dong-lac.orders.jsonl': 'af975eb748ff73c4982e5853dddd921222585d80a4785d540ddbbf7c52159526',
  'cua-oc-dong-lac.shop.json': '7151946b183e4d73b953fccc46e618844a657ba569fdb62a39e2092a727a0648',
  'cua-oc-vinh-thanh.orders.jsonl': '0cb18bfc82eebf7383bf337e385bfc3007b847a4efcec86479349e2a7c30a0c3',
  'cua-oc-vinh-thanh.shop.json': '70dd1b255076c25f25c807766fbdd3dc290517dfdaa8ce50c32d87d7c8714b5d',
  'cuoi-hoi-binh-da.orders.jsonl': 'b5827b3fe295016a349591b9ea21d01f3184cba16365cc1266e8289baac04999',
  'cuoi-hoi-binh-da.shop.json': '87d8d9d6a9f967d74b70df90fc6e12c98eea6048763cb5e04df593f19b2adb17',
  'da-ca-sau-long-hung.orders.jsonl': 'ecabd68f14635f8bff941b55e0a8184ac6292dcda0c8d172f7f8c8a67f9a7ef8',
  'da-ca-sau-long-hung.shop.json': '847efd4d7b41c58ba009ea6ba997ba075bcfc1dd38dd58c33c021cc6ea5b2503',
  'da-my-nghe-ninh-van-2.orders.jsonl': '3bcf0ae1dafe9f7ee179a34a9945871eab0d619e7fc78029d018960231b32811',
  'da-my-nghe-ninh-van-2.shop.json': '3b6308436e4954991ebe5778e1a7a20558e993ba55141a0db1e4ad1885526aba',
  'da-my-nghe-ninh-van-3.orders.jsonl': 'dbbb27060e1660187e4d89c4ceae7cc0c1b9580721810d0ee87dc7d4ef86c642',
  'da-my-nghe-ninh-van-3.shop.json': 'fcfcaf9f537b1aeb0aa7485ff567ccf59fde7ae68b27499ead769805904ca344',
  'da-my-nghe-ninh-van.orders.jsonl': '986ff9570b74efa8616f3a56b9303ef0ae6c66e7b856b7116bf1ec3d37450d38',
  'da-my-nghe-ninh-van.shop.json': 'ca5471c24be7254e6b3315570310dd80b0c4b3b62ef69d39f82d9d3d45038bad',
  'da-my-nghe-non-nuoc-2.orders.jsonl': 'da88ba4321d7167b9ec2108ca739096a8b1886d69031cf48df2a92c859453505',
  'da-my-nghe-non-nuoc-2.shop.json': '79c8cc7130709b108941aa7c800538b37b6835e1b33592d56b3583549684e47f',
  'da-my-nghe-non-nuoc-3.orders.jsonl': '0a3b00d0e7909c9a86601ad15613b69eb808bbfe8f4dd40a668be369a7a5eeb3',
  'da-my-nghe-non-nuoc-3.shop.json': 'f555818fb7f8283989e6dc53b33db563d57fa68ef4cbf22e7df673e7f2fcc8cc',
  'da-my-nghe-non-nuoc.orders.jsonl': '28596b89a075a2999e3c9a03bb44c6f110d8f6bf94e72d86acb571499ac9205a',
  'da-my-nghe-non-nuoc.shop.json': 'e30a42e12d13b27676f62df95225417034cff50ab8cbaa4a7e72ee88942c6448',
  'da-nhoi-dong-son.orders.jsonl': 'eba8bac900fa1de98a0befa9d0c7a2eeb2dba6e7a0cccdcba8c80b84771623fb',
  'da-nhoi-dong-son.shop.json': 'fbe2befa17ad66e44f0171cd989635cd33973e3a46944a96aa4027bce9837357',
  'da-vang-kieu-ky.orders.jsonl': '7ff8b44f6775ac3888efc430a9180a9be0926de3665c2f9f4784b3aefdf3fe9e',
  'da-vang-kieu-ky.shop.json': '5037a76e7480858b6fd443965b9b172c4dcba84b5e1682325f0c5764a595200d',
  'dac-san-an-nhon.orders.jsonl': '8d24c6cb428eb3809d281982034fbce0a90e24add3dd969606d5a4e7cc69cf7b',
  'dac-san-an-nhon.shop.json': 'f6e4275ce41d2e443545394d8caac736e3d90e3cc94fc6f84de990649ad5c965',
  'dac-san-ba-be-2.orders.jsonl': 'cec5ebb776682353389fad1a22aa5ed48c34fec1e9d406f9667f96c2185687bc',
  'dac-san-ba-be-2.shop.json': '51b630147e7a1badff07f9bab6d283fc63fe7abc27eb66013bd90c34aac2ace9',
  'dac-san-ba-be-3.orders.jsonl': '3b5eb053ad1c2112ca4503920642c435feae364d44d3b3005f42aa1a1c310489',
  'dac-san-ba-be-3.shop.json': 'b2c71b4bc30dffbf0063c78c7e2266ca50a5c6bb7a1a5e334a1486b6468d06d9',
  'dac-san-ba-be.orders.jsonl': 'cab76efc140367b6882665497716dfe0ab8a21fda7de3372721615664d93a82d',
  'dac-san-ba-be.shop.json': '341c468d9cd05bc64ceb0abd7a5c521559dd1cc15e9add1d588c7ec86314961c',
  'dac-san-bac-ha-2.orders.jsonl': '734d8405895b5049d5ab4aded11e3ec0c192e2ac6dbc1db2da6f6446aced7fbf',
  'dac-san-bac-ha-2.shop.json': '1fdbc540a396bd44e0b347a2de47fdb753072a8662d1adbc02a6ce489495f821',
  'dac-san-bac-ha.orders.jsonl': '0f752614618bbe59668dd508d1edbd9c9f5f02ab37f25f57d6db6b4ef7767f4f',
  'dac-san-bac-ha.shop.json': 'c8041615f1f86ff42672c23c6ea9e7b1697e025989fc8fb1e79caa93652fe6ee',
  'dac-san-bac-lieu.orders.jsonl': 'c0ab3f73317e781d41e1bd83bdef24c1954036f86f2c29b7ffa2ccd49030fa24',
  'dac-san-bac-lieu.shop.json': 'cdc8bb335d8af14048eacebb66790b3ff22bcd6abcfbe006516adb0716ba5221',
  'dac-san-bay-nui.orders.jsonl': 'c8c75da933c203db77dfacc58b965e3ab3e404a0ceba2319b6b9acb74f580d2a',
  'dac-san-bay-nui.shop.json': '03fccbab658108e9ad03c7bac91b1b007b115ef9ef9906ba97e9fc3059228aa8',
  'dac-san-bien-hung-thang.orders.jsonl': '7aecff47b29740a4504a4956bb452176be99e31d89de968a97201f3522235e07',
  'dac-san-bien-hung-thang.shop.json': 'd1e3e8ade9b5e715d44b9f286c5b6012e4b49f990b9c2c8be03aca4a66e3108c',
  'dac-san-bien-tien-hai.orders.jsonl': '385a52c79cd97abf1e72e6c16f4e6a8ba1a8adcc6d507ab25b14ce82b6124d82',
  'dac-san-bien-tien-hai.shop.json': '80f99b5a00f4036e4e9cbae53cb60fcd8776e59c7c6ae41e4332853af26f0a36',
  'dac-san-cai-be-2.orders.jsonl': '1ae2a61afdc20dfcf85cef1eea50f068e75589394a573405369623d26e8c0ef9',
  'dac-san-cai-be-2.shop.json': '398bd9cd2f87df8427b4d96fccdc0016b07cbe19f7128a79ba2a96fffe381116',
  'dac-san-cai-be.orders.jsonl': 'f86aa549d6920ebc92328e9db222621deb45aaf0e9f26d4bbd29d9676336cf42',
  'dac-san-cai-be.shop.json': 'd1a60f67a46b41f1a1db4e36729511677675a548698cda55f71a6c9ff19fdf1a',
  'dac-san-cam-ranh.orders.jsonl': 'f74fd5240c13f229e798b39b5ee1013bc634de9572fa2bb0dd3b19c0351db787',
  'dac-san-cam-ranh.shop.json': '1e662c70fa21cd5841289b57789aa7519dd512390a232746609916c821fb3024',
  'dac-san-can-duoc.orders.jsonl': '2ee7dc0e9b9937608a5aa5d9fb0d4e88580a6d4c434fac9cd538f7e80eb833a8',
  'dac-san-can-duoc.shop.json': '6a012096e956da584fda09f9196ede5d58ac228a260a59bc5989c9b4ff70c1c9',
  'dac-san-can-giuoc.orders.jsonl': 'd0eb4958b525fe31f17bf1fc80b107f6308e799673b3072568ad592b10ec7eff',
  'dac-san-can-giuoc.shop.json': '6341754c11af6a661b61b7324e28466c6399e6103e9d54e9ddbcb68fb902b98f',
  'dac-san-cat-ba.orders.jsonl': 'ada54379fe1545cb924f048da1f7d91b6d05730ba379688cbb4b03e71126b42f',
  'dac-san-cat-ba.shop.json': '9cb4a53aa08878d07bd86afca4c03cc0132bb90493de30f4160cebfc911be538',
  'dac-san-cua-lo.orders.jsonl': 'd50650a9c149bfc3e14d22472eeed33e132e1eed40572157b6263d360c9bbd88',
  'dac-san-cua-lo.shop.json': '82cee0ec6176ae729705b001d2329f548582ccb3b0b8492632d287d931e819ff',
  'dac-san-dat-to.orders.jsonl': 'e24507929cd076a336fcb4e403a421e2064a0d7ca9f7947d2075d45ce9dfbf7f',
  'dac-san-dat-to.shop.json': '0b50625420e023aa6af0b73bb62671abd151c0651ada324ffa29bce9e2957970',
  'dac-san-do-luong.orders.jsonl': '89145d4089c51eb6efe433b3a58fe04e98db97f2a7ea6b8b8e52f7409311f25e',
  'dac-san-do-luong.shop.json': '24a0687824c523fe03b3514a9da913db2dbdac3262b19834fb9984a5bf638c59',
  'dac-san-dong-van-2.orders.jsonl': '31d1deb05a9ea2725b6044b90cb4ff281e19c7511d94d0a7d1f3d6f1a4ca0764',
  'dac-san-dong-van-2.shop.json': 'a4fb4fef277abf3ae41e2949492d29f4af044e31bc4ad9fae1091ef628f919ea',
  'dac-san-dong-van-3.orders.jsonl': 'd3ee1e2d7ab3d9576f6aca01b66850355bd04d3efbf6d990ee056e7218de5c6f',
  'dac-san-dong-van-3.shop.json': 'c107d33b361b901f1362c9ef5ec94bf796ec6881471446384a964b61c90c00c4',
  'dac-san-dong-van-4.orders.jsonl': 'dd80a19c362fbc3c7ae32a2015bcc8617c16a153225d6be5f432119ad6e1931d',
  'dac-san-dong-van-4.shop.json': 'f0e794166ce57cb7e580d066cb1289a3fedc251f81529172843db2f0486b7040',
  'dac-san-dong-van.orders.jsonl': '150028c9e44ead15427b3cbec3f546e514698c7e7ebd3a1b87a4b881586d5e4f',
  'dac-san-dong-van.shop.json': 'a3257055741c5bbb3af920c2bc3c5dbd220f89d7d3a93e14d89d610c9f65c5ca',
  'dac-san-ham-ninh-2.orders.jsonl': 'a7fc93bf70a3243080db17d07af656ecf82b93fe93d13fb0474f747a8948bf0c',
  'dac-san-ham-ninh-2.shop.json': '6d4cb965475a4ebff657dcc3b75bffa9bffbd6d9aad6035ae11d3efead26f254',
  'dac-san-ham-ninh-3.orders.jsonl': '4c8d577ddd19d35f714fcb50f91f46745dc91ffc9f19dda4514d144bd6ef73f8',
  'dac-san-ham-ninh-3.shop.json': 'bdad4632634a2b5d6c8ce7d3d7578a25a820e07a6ee31a45a3fabe55c43e5524',
  'dac-san-ham-ninh-4.orders.jsonl': '30e3a15dd50f3b51633a8d89df5c969e43cf983dda69fd99a46b9dbad8ed990c',
  'dac-san-ham-ninh-4.shop.json': '6a59817bf6d3ffb74566c860fd8ebf02b1176c1f2d4d303de08b21d984a86b1f',
  'dac-san-ham-ninh-5.orders.jsonl': '57cb38479b8f15246860351b1f286a4243bc29b18403e8e660ad37bae136a9a2',
  'dac-san-ham-ninh-5.shop.json': 'f9b2d6cae4a960a1f4872887bc17c1e668914baf738bde1991e4f4d4166a7732',
  'dac-san-ham-ninh.orders.jsonl': '527b9d86db59ca633f223fcd4c8eeae66610f9f4c03ea69379e4bcd8fa9c47ef',
  'dac-san-ham-ninh.shop.json': '2c2c957caa767523ba28cf8c548bfc0ce23fb7c3650d1806b88f46ef935ed800',
  'dac-san-kon-ko-tu.orders.jsonl': '80e6d3c69e9397340d55184fe7a601e81e7d2b5dfea4e7b8625c8228eed55fba',
  'dac-san-kon-ko-tu.shop.json': '86ff48fbe2cf5f13b3f982c7c898de7a3a422776736ecbf3801ba74d2a992af7',
  'dac-san-krong-pa.orders.jsonl': 'ff54a3c35403fa648ed24c01f47cd1b438d5ff12c5c615964ebf64f3f1214b5c',
  'dac-san-krong-pa.shop.json': '8c205bdef6da2c2eff91490b7bf4ab201c29e97e13034c501f12ac0844f17625',
  'dac-san-luc-ngan.orders.jsonl': '61c510d5a5ac223399d941d730dd8cd502e54e72f7e4ba008c88ac4229265b3d',
  'dac-san-luc-ngan.shop.json': '547aec45ad460e8b917b3e982b2c9135e3bbf9f0ed3df096f71bb647f8e54012',
  'dac-san-mau-son-2.orders.jsonl': '39bc217943f02527c6f4e234cd25a17f3cfdb1ae49d25b0a8830b2026f613c48',
  'dac-san-mau-son-2.shop.json': '6361468565ee3339eca2b30196a356768752e240a643cefa786f48d609871d16',
  'dac-san-mau-son-3.orders.jsonl': '560bb11bb6c2df3cca58dffd5cc8e96a15671a395c1e27e350ac54748b7ed799',
  'dac-san-mau-son-3.shop.json': '6499ab524085a829a5493c4db69564196402e9c81d47979c47f86f7b0234b78a',
  'dac-san-mau-son-4.orders.jsonl': '819029ec36b8618e1bab77ba1c70a44dfbf8bc018309d5c656ff9db1168c8d4d',
  'dac-san-mau-son-4.shop.json': '765cbd4b21dac02ead9e84bc95549ee974e4f94909d40b6d45fee30440345932',
  'dac-san-mau-son.orders.jsonl': '2bf3cbbeaa4a3321c3f370d9528e27d7551184cf0dc4442c5611896d1c9faaaf',
  'dac-san-mau-son.shop.json': 'ed35b6bab01cf602e097148aa203b2d80da95a327043a5cdba7f2bf53230268f',
  'dac-san-moc-chau-2.orders.jsonl': '28a69b2a6472df8f7296fa141077a78c8e312f06fcdcf282ce8be68e30ed95f4',
  'dac-san-moc-chau-2.shop.json': '1bc2c9ab2fc3e17de7be8e45057169d3f3f87c8ed31f7e1aad787ea8ca28a28c',
  'dac-san-moc-chau.orders.jsonl': 'b902fedd5a175b0a72d8497019404b4b152430fdd23dafa1b927b69919612008',
  'dac-san-moc-chau.shop.json': 'a98715093847e84fde122703f4395746f3031187aae5cf1d326845a39d4308df',
  'dac-san-mu-cang-chai.orders.jsonl': '14e7e3ad7c1a673ddda5e19bc968542ae400d243fb5fd559edafbf7f4b0dda6a',
  'dac-san-mu-cang-chai.shop.json': 'de1daecb54d462f9840f22e43b6f5b9d212bf8a0e6435b9699b33b0e8e4a511f',
  'dac-san-muong-la.orders.jsonl': 'ba82295a7660ef220903865060012f2cd3758e0a8d86a8b8e1a1dfe5b7b5978e',
  'dac-san-muong-la.shop.json': '79d70d4ffef976192e4ca30306f3cc7aaf5ef379f38c3661ff85abc1d12ca449',
  'dac-san-muong-lac-son.orders.jsonl': '3c3c333317e2c1e0717e5b9b081a10c2a4c35028a6b17868a9bcde0b964095b5',
  'dac-san-muong-lac-son.shop.json': '0a6b08f5d0f0d1217e318ac10e4eea37e661982d1b7fa50c9edc79bba9284b06',
  'dac-san-muong-lo.orders.jsonl': 'cb4495cd88d6cedfec3cb5189d7bb745efc3092b7a7cc3bb7c3e767051875ea7',
  'dac-san-muong-lo.shop.json': 'f5c0fd1f736b1f84fe4f30319682ebf4306e50c43ee9dfd4d66c5f8d5b54bcc7',
  'dac-san-na-hang.orders.jsonl': '18e443414d11aae092128012140aa3597b8b424bc22e921daae981169baec114',
  'dac-san-na-hang.shop.json': '813c361c597d724f7c3f9ddec552b4d8da19c8eae8dacd0d6e16fec8780a1ce3',
  'dac-san-pac-ngoi.orders.jsonl': '6bb7a34198b7634fb40cabd5fb96485a2b436aa424995e922230b37bfd60ca08',
  'dac-san-pac-ngoi.shop.json': '725f4f151800530a75ec3277901c1e155ddb2a0a0f3136c518dea1ce32ce15ef',
  'dac-san-phan-thiet-2.orders.jsonl': '7121dd77925c72672d5b3da8d66fafebd88c06a9b12c509b2a2af8190b635c4f',
  'dac-san-phan-thiet-2.shop.json': '3f6e7ff53cac17ed168bb213919b8680931fba98e13f52238fb18ac8adba82fe',
  'dac-san-phan-thiet-3.orders.jsonl': '896abe6b829f6172c0909f5383ff4adf63ccc7bc405ab98f3028a986803d5ebc',
  'dac-san-phan-thiet-3.shop.json': '6b013b68aaa5ba9dd070ed083828aadb2b0fc5bf69a397b96c02d62e6aba9372',
  'dac-san-phan-thiet-4.orders.jsonl': '6dd09863aad97abddbf7567a6cea8f87be93ba67bdd64394ace5fc12ad67fe9c',
  'dac-san-phan-thiet-4.shop.json': '6f75e336e4dd08adbf54ac79cd1bb62966e2bae533260bd56dbc85079162a01b',
  'dac-san-phan-thiet.orders.jsonl': 'c40feff4c7f98ad299170adb65c56f5ffdcf8bc32cef666e4b86022bf04ae78a',
  'dac-san-phan-thiet.shop.json': '37bea3ee9622c2891aa395a16b299ed2d62d70c2e288d899dd6a26fd46547a5e',
  'dac-san-pleiku.orders.jsonl': '361e24e774f96b5271770578b162d0f69c6c42b4070630235b72cf82569deba0',
  'dac-san-pleiku.shop.json': 'a21b638d29a03680a3ab19f9fd213105f9988828f4b1d911f0947946eef27c44',
  'dac-san-rung-tay-bac.orders.jsonl': '30358892666630d040ff2e878f09f799c18730b4ba083af49474b609c783eeff',
  'dac-san-rung-tay-bac.shop.json': '21820e77e53d47458df7faa409bebb4371c0dbf8a2912b36a4d2e811174a0d09',
  'dac-san-ta-van.orders.jsonl': '48f859791ab6cf50a78e49a26eee33d1fdb7eec542a47e8640cbe146d701716b',
  'dac-san-ta-van.shop.json': '355c4c82d8a43f558c4bd65dd7a815e9a6c9d172be8a993c08dd5519160df4e9',
  'dac-san-thanh-son.orders.jsonl': '1926ece308527498e19da748f0834be0372113ddc8559be3b211312e3bb09484',
  'dac-san-thanh-son.shop.json': 'f2b8b9f84078e2034579254bc52d7100d636d2273af33d7ac20305dd71d7f6b9',
  'dac-san-thi-pho-tra-bong.orders.jsonl': 'ef52fbb2b5a2dfb02fdf82ce9d3727053821dce4dc194d7e600f9f759eb6bff3',
  'dac-san-thi-pho-tra-bong.shop.json': '894aae66f7e8fd854f693f6d46f56618d296a800cf4ce87d946d35781f1b1ed8',
  'dac-san-tho-xuan.orders.jsonl': '094a11f56c69706b7ef9881b9010d9ff97860e8e14bc5fdcb95eb1826d2dae10',
  'dac-san-tho-xuan.shop.json': '00fc857b969e1a1d0bbe72c12502527318a00bc1f2cd6bf852b8f8adc6d2e562',
  'dac-san-trai-mat-2.orders.jsonl': '9dfffcbcafed551f5619d221e22dc42c63dec496ba987e1a330d43f57a91b964',
  'dac-san-trai-mat-2.shop.json': 'd89ddfaa0ffe01d2fcc0156350097fda25570b7e1aad4450b205d3acc345ba11',
  'dac-san-trai-mat.orders.jsonl': 'acacb5f374ab566cecd0509cdf7d89fc12d8beefbc9ac9c5ef263b47c82e53b5',
  'dac-san-trai-mat.shop.json': '66b9f95be738f79ac29556aefa238d3d896f6f0f7903593e17ea867380109e8e',
  'dac-san-trang-bang-2.orders.jsonl': '2b13012647542002f417011eeb7edd5f0e414347943e4dd1544cfc665f911124',
  'dac-san-trang-bang-2.shop.json': '6282ffafd93ca637f671f4be88bd2cc7afc19b8b0aebe0305eab1a7665203d12',
  'dac-san-trang-bang.orders.jsonl': 'ba7903e0582cb42fe53d1671cdcfbfa923f2c1785b0d6963d32c5141b9fda7fa',
  'dac-san-trang-bang.shop.json': 'bbd269e32028c475a74c57c36e56489eb443e14588b8d3d52e1c163e8d60adbe',
  'dac-san-trung-khanh-2.orders.jsonl': '10a1c9517a519fd29c7632579a9b9c9e2579c2ce29f98db8d237a9ac89ebd7fc',
  'dac-san-trung-khanh-2.shop.json': '51e835008b4884f2a53633699c066af8a632bc9788622506ae5c4f615c9c67df',
  'dac-san-trung-khanh-3.orders.jsonl': '4b3e3090aad375ce10934c5ba9c5931825684afec2a41bc705b39ab16b619d80',
  'dac-san-trung-khanh-3.shop.json': '1d3cdfec2e783e91e1caec5c840aaadec6ce81f2915fa8702a11e50a52689165',
  'dac-san-trung-khanh.orders.jsonl': 'e8e53caa2b504b873ed972805b04538fa4c624c31fef5a0c1263abc9a5f262ca',
  'dac-san-trung-khanh.shop.json': '5d6d399a7b14fc6d0d7344e03553d528e37cad737416ba3c15311841aac7ac9d',
  'dac-san-tuy-hoa.orders.jsonl': '085e2a45deb90ba642c0ed58824b96fb74cc307ed6808289d4515d6af58f3ed5',
  'dac-san-tuy-hoa.shop.json': '21d8d5664984749bd817d1ae9d9869827473e28180c3fb792eb158b89ad712ea',
  'dac-san-u-minh.orders.jsonl': '8a948161cf5b424e9447c34709cb93a1ecb8c30634f440326080b48230942f30',
  'dac-san-u-minh.shop.json': '77a926820fae21ff93f8d144727327b921745eb0db8e568254a6c2e0bda1c2c6',
  'dac-san-vinh-chau.orders.jsonl': 'ebabfa2bf3f0b5b537908ae4a9210816ca3eee7124e862428d225a98c4ace6d2',
  'dac-san-vinh-chau.shop.json': '1bd2fcfe9e1a1c5fd96f2f8c53faac48c29b1b1b0b3b0474ba4c0ad67284b8eb',
  'dac-san-xu-lang.orders.jsonl': 'd523b7a4bab71fa1911b2240bbd6317ea1dd075549be3b67735c4d6d299ab201',
  'dac-san-xu-lang.shop.json': '0ad77ccaed251c514b4ee3d8f9e7a45d7ddf88308482ea30a34dc93e880d315d',
  'dac-san-xu-nghe.orders.jsonl': 'bb19b614b5e754c3c1e5d86bb18029a113380f8c9a5c9aebc3922d14a1241d39',
  'dac-san-xu-nghe.shop.json': '7374585aed17991345cb18149aa3d3794e7727c35984fff48eb383eed92490ed',
  'dan-bau-dan-tranh.orders.jsonl': 'ba2070e4b024bbe0654ff212252d230776368501e05d2b5aa82b188c2793bd18',
  'dan-bau-dan-tranh.shop.json': '4b2e89458e701fc9f6f7d09603348472e29e9d36d7395b11a8547af4309fa847',
  'dan-guitar.orders.jsonl': 'c35616b5c7c01be4d3de3de46317aa6eb39e8073d5885ab59df790fa0005b019',
  'dan-guitar.shop.json': '7f3e73c211f22b29d94a291770ea0df9f5614fe7776d3f912595596291317b5a',
  'dan-len-da-lat.orders.jsonl': '6753c97beb75e8361f449332e4ce0539b9d78a77b6318278b6070c941c750ac4',
  'dan-len-da-lat.shop.json': '98ec6b44bd142d14aaaf689523300da6774feadefcabece4eb5c017f1281b9da',
  'dan-luoi-my-dong.orders.jsonl': '54a8d2ee0e0bc67e7165122863e3177d3ee88f89d2a74884359024e76f71a62b',
  'dan-luoi-my-dong.shop.json': '1b2c754662cd86f0c23bad59d23bc5c1de169b595c298667cf30cda20b5207a7',
  'dan-luoi-tam-giang.orders.jsonl': '405b131019871e15748e5c51bc1dff1e04b34cbdf212f2851364e77b995c1d79',
  'dan-luoi-tam-giang.shop.json': 'fd62ccd9434ff905c9578042f1c426fb842d98139909ac4bb17fc2d6eea729bb',
  'dan-organ.orders.jsonl': 'fad3847a853509cf482ae6b31e231e78be1bb797a6dd9176fcee519ea0f588f8',
  'dan-organ.shop.json': '6c5fe723b00f188fbfca858ed936ea8cc74cff2f26a484ae03559909c483a714',
  'dan-tre-phu-vinh.orders.jsonl': '3c324911cd4efe570477dde7494c0e1543d3aa638bab722853c65221fb721549',
  'dan-tre-phu-vinh.shop.json': '1d688954176298cc296515d1e1eb700e7f881d24c061b1ff27f1c76b4b335a47',
  'dan-tre-xuan-lai-nhac-cu.orders.jsonl': '2547f9c200b98f1bbf10b65a577780d172740e61518a557b3afc7858b474fe15',
  'dan-tre-xuan-lai-nhac-cu.shop.json': '561c7a61f16fc334e6c077701b23976b80be26019494d38e93953f6c23dffccf',
  'dao-da-sy.orders.jsonl': 'a8cc0acd686056888d4a33b7916cd1a7d8d26b8779fd2c483429fd55d711b481',
  'dao-da-sy.shop.json': '307a7ffd791abd86173c7e9d13acedc4514101c990d9858a94740f6f528bee47',
  'dao-keo-da-sy.orders.jsonl': '043878574015b8e8895e5f5933cc03d049a86abfa95b532a4847312c71cbd671',
  'dao-keo-da-sy.shop.json': 'f2a136d8c866ae7d61510a8711206babac0d23890f2fba8ae0808150d55f687d',
  'dao-quat-van-giang.orders.jsonl': 'c189b83a2b418cfe06cd2a3f6ee947a0928dc62982f2350b4bfadcf7e4bdb70a',
  'dao-quat-van-giang.shop.json': '3e8fc9f852c63cf49fbfaf25434c603a5f9fb550863bd2e7abe43902904ce82f',
  'dat-vang-kieu-ky.orders.jsonl': 'e1f459beae85e26bbeaaea4cede4f9e391325c587b862f9003d50e5e33125148',
  'dat-vang-kieu-ky.shop.json': 'cd65ab7fa390769acdd1222786b18fdfaf9712e30e60618f908e06b76ea5cac5',
  'dau-an-thuc-vat.orders.jsonl': '042fb9572dbabbc106381324ff1cb64881ebdd24c8288a0b7e9b019a2ab951ab',
  'dau-an-thuc-vat.shop.json': 'ddbb816f0cede083ba70f3e249f8b39104d01ecd441cf7830daad06ccf185e7b',
  'dau-dua-mo-cay.orders.jsonl': 'babefbf59f6463c978dd887a65e15bbe1d580d5702a42f57479c74c5e4282d7e',
  'dau-dua-mo-cay.shop.json': '103843f47aa0cd0eb8c688812834081d2951430b92f8aed544bfe6f5af84a36d',
  'dau-ep-lanh.orders.jsonl': 'ccc2e0f967fc7b0c86c8b346cca1aa5e4359cc9ac4ac895efed8bd9dfed775fb',
  'dau-ep-lanh.shop.json': 'b75201547cbe6394486d2a5bd212ae7585eb0b3ef09c7b0d80b9f08921545bbf',
  'dau-ep-xuan-lam.orders.jsonl': '416a7fab773e8d677ca7d519b0da4de602e7f3556a527905096a701eb424e422',
  'dau-ep-xuan-lam.shop.json': '095a6b88e990a7f5a770ae6227733fc7e871ed061125336e666cbdc66daf3a6f',
  'dau-gio-cao-xoa.orders.jsonl': '0429ef8ce62122ca730db32613b29a2f5d58a3daccae453819a2fdc88d9179ff',
  'dau-gio-cao-xoa.shop.json': '3acbd4670dc2f2dc9a5e38dbc4cd19b85ac4c471623db69c22451eb3953cf0cd',
  'dau-goi-bo-ket.orders.jsonl': '20659a02cfe788090eaec7862e105eeb4ba5fc71c722f1acbba58f6674da64b7',
  'dau-goi-bo-ket.shop.json': '2748eb8c866f568db2a81bba4fcfce2eb14fc5feaa41697d97b359c447cb5190',
  'dau-lac-vung-ep.orders.jsonl': '1877ee2f98b50740bd65042d9ac766656e090a561b8f82c60a165e69361be6bf',
  'dau-lac-vung-ep.shop.json': '3b72355e3b3389efdd223ade09ffbc43518fe454ce85a67e2282acb6a56f3691',
  'dau-nhot-xe.orders.jsonl': '15c9ff4dd0c645492dc1b70abf3da40b1bc29ecfa2a7d2c7e9a58cc271a9968a',
  'dau-nhot-xe.shop.json': 'd08c12b6bec08cc7758b844cf5ebe06f851f5f3a69525d3224e6907472581c4c',
  'dau-phu-lang-mo-2.orders.jsonl': '4ec0f7d8497b1024c64c3c910c20517def097c6007cfef5b07dbd017621809fb',
  'dau-phu-lang-mo-2.shop.json': '3d9daf91d913a2e7b358b8b693a3df66d67b5b50122fdcbd827891c290c01341',
  'dau-phu-lang-mo.orders.jsonl': 'b64c5c3a96c3ff52bfc7012d7861941d2fd48e3c99f276f77afdcd197f7044fb',
  'dau-phu-lang-mo.shop.json': '7b9e97f65ad41ca3f3edf0590e2b6bc48b7417fdee8ea970d001ce74db1584bb',
  'dau-tam-to-bao-loc.orders.jsonl': '1b9f1c39c3ee1b462feee238f406ca8a930e78efed3392dcd706b30a49927c21',
  'dau-tam-to-bao-loc.shop.json': '475b8b4f35ea684c91bce7c4910a8f35afe24ce3a2c1b1d71aa8d2a40c6b657e',
  'dau-tay-da-lat.orders.jsonl': '70da9a5b04813a5699c0770643c7409b751a938d62405329fbc0baa64cf88fa1',
  'dau-tay-da-lat.shop.json': '659d1c6bf3d4b8d5243c64bb447bb1c9516bcce3e6152efe45c3e55c0609645b',
  'day-cap-mang-lan.orders.jsonl': '1619ff6f739a5bbe77d8a4a465116511613141ebe00f717ac5524ecfc4db6d50',
  'day-cap-mang-lan.shop.json': 'd4887cfe2ce7ba422331128167472f3e3cbb92e08cc2e7c2d843d6e6f1f823d6',
  'day-dai-dong-thung.orders.jsonl': '499ba878a93c4257222e03aa98de12d742792e627ad3fe42a4cecb1dc491f02d',
  'day-dai-dong-thung.shop.json': '4acd42359232ef6d1a4af3e1c9945c86f4ce91036792ab5bd62c65c2b51f8075',
  'day-dien-ong-nuoc.orders.jsonl': 'f013e3534aaa838d7c577c96f674371b0a321cfa83fb3a410dcf23a0eaaf1762',
  'day-dien-ong-nuoc.shop.json': 'b718466f71e532f19e1b985640ea89d5a12ea400f4d8db233b8e83d42ed6e22b',
  'day-dong-ho-thong-minh.orders.jsonl': '5185a7716e9c6eef943e6cd9345b94eb90132c3b40bf058fe18f85aa5e95fefc',
  'day-dong-ho-thong-minh.shop.json': '2a42998f1c0141ca551318b740180d29b496ad0080a592202d60af2f2511cff0',
  'day-luoi-hai-hau.orders.jsonl': '4f5f75d6a3909338809ea12d49bce1ca2b2e031f3a1e676eb8fdae3ce1b57d17',
  'day-luoi-hai-hau.shop.json': '60078ac1796a2540e5ae654c82c43beaf2e5c4856198684fc88725ee9917209c',
  'day-nam-cao.orders.jsonl': '2fef2cb7b2878b43830b64901d6b0f84332dc8244d2980fb58b2aca66d6d6608',
  'day-nam-cao.shop.json': '6f591e89cfc1f8b18f8fa8497685598711c1bbc244b37ad6d593ecc35a9b7c15',
  'day-nhay-day-khang-luc.orders.jsonl': '65c5ddff2d1b4c8b2893858eda6d74d65364327b9bba867d7530fe829e233ef0',
  'day-nhay-day-khang-luc.shop.json': '5f3f395ef6af65f02a3f424558e445bfb54b12b88b0afa61c845eb88faae364b',
  'day-thun-buoc-toc.orders.jsonl': 'fee5ff036dfe7f5d63aec361ad957ec9e05949eaf4e1644f4963ef73ee500201',
  'day-thun-buoc-toc.shop.json': '736bde13ea81833bf866f216cf5c9eef13c8a9edae9aebc249d74e6774396ab2',
  'day-thung-xuan-lai.orders.jsonl': '218028ed13e808b85ee0485a5f9d0e4c7ad52f0678e035230843e37f203674c2',
  'day-thung-xuan-lai.shop.json': 'b9b3fd946354996372adff14880212f58fa0695a7c7d43a42d73e7a290a60e0a',
  'de-nui-ninh-binh.orders.jsonl': '2383f23d5a23e97a1d09e02317079506fd50543d6833985626ec3be1e5b491a1',
  'de-nui-ninh-binh.shop.json': '9088f33ea619b492202efb821851c368fc95fd1ac99914facaa69d1f5493ee84',
  'de-nui-ruou-kim-son.orders.jsonl': '1ed5ad0a295fb7afc574d23d7d35c1186413b00d90b92e66b25001f3446c2418',
  'de-nui-ruou-kim-son.shop.json': 'ed3adf4fc4ac02ca37badf11aa67a1eb9de587fcecb96bf2d787968cde16ebf2',
  'de-ruou-gia-vien.orders.jsonl': '89260e0ef2104d29f6a0eb29980e66a75befea8fcec2b5c82e2fbf27dde66faf',
  'de-ruou-gia-vien.shop.json': '9cb0361b2b042ca506641ca366d575e33e9c41b8c9a320120689dc5a7025dad7',
  'de-ruou-ninh-binh.orders.jsonl': '9563b628cbaa5109aacc5302202e88cfe27f8bc809cf2113448bfe5ec36755cc',
  'de-ruou-ninh-binh.shop.json': '9f7f7cf233b1a2ed93eb772db2d9f954d3df6c6cb86ac7bb146448f7fa5bdde4',
  'de-tan-nhiet-laptop.orders.jsonl': '0a3bb9b3bd96fe0b76acdb6a5260cf220ed7342b10dda12a19b7a3d6fded6d90',
  'de-tan-nhiet-laptop.shop.json': '94179f3f85e1baf95e1683e520a17aeb3e3be228452a1a841ee386bcf8218a1a',
  'decal-xe-may.orders.jsonl': 'decdc28fe9a5aacd3e62979b93e7bb44ff57f984e52c1321ae384724f005eba8',
  'decal-xe-may.shop.json': '35f8007999a89009b56a4d128cd6d9fc1be0d4ce61905479b8696e6e5b5d987f',
  'dem-ngoi-cho-meo-cho.orders.jsonl': '748e13d41a8a9c9c9c3459cc9861ff06f1c6b878c36b6cded7cd14059ccd956e',
  'dem-ngoi-cho-meo-cho.shop.json': 'eeb8dfffe044789e3ea2ef474d4f3be5419f7f85f26667093cc858fbdb66ba78',
  'den-ban-hoc.orders.jsonl': '5b33bb445b739a56b498818c9ef2857d925efb5e9008c9677ac86ed9d26b7b6b',
  'den-ban-hoc.shop.json': '5bb57d180eff63302e724b9b5e3c16f719447dedda3782369d8a02154f63fd6d',
  'den-ban-lam-viec.orders.jsonl': 'fcb5f6dd54281ae8c4db51a7b24f80fd1076bdf8c63cd6970be6815dddd0945e',
  'den-ban-lam-viec.shop.json': '4f60325d19971c2cdfce2d54970cc705009f42d20d464b105c32bdfb545fa527',
  'den-chum-trang-tri.orders.jsonl': '617c2beba9fa07b7ca0855a912798aed7aac3acf588fd6c972f07340c28b22e5',
  'den-chum-trang-tri.shop.json': '87aa98f2bf1b44960daf53827c634817fcaf337c98f4c3c92e083876f482646a',
  'den-da-muoi-khanh-hoi.orders.jsonl': '02b2a282eb9e52729dcdc83bcbcfcf803bbbf5eda8cfacbff84f39acf221acd7',
  'den-da-muoi-khanh-hoi.shop.json': '8e21eb857cea15422dd1567d9470c321ab39e8e4bb4bd5087e4e366438775a02',
  'den-dau-dai-bai.orders.jsonl': '5b8d81f6b7666e733771e35eadc7448b27a4ab7f088596ed310049471393b483',
  'den-dau-dai-bai.shop.json': '99c50cd3d3234f1970263ceda42ecf79f807b69ed67b3fc5f3ae845c571f67db',
  'den-dau-xuan-thuong.orders.jsonl': '0c4a01a999e49724255859860763052bbb7d30a1d902a962ff8dcbfcec880c57',
  'den-dau-xuan-thuong.shop.json': 'f5591a46f13db586aff63dcc9f21da486e002731674fa75ae1a8408af5116f8d',
  'den-dien-binh-minh.orders.jsonl': 'c251b5ce02aa5f5bceda0889244d2828e18660b9f07d9cb28e6429b01ad670ce',
  'den-dien-binh-minh.shop.json': 'fbf7a4c917ed4e62b6857e4c8662ab039c4f1421a8a1ada7daf3ac890851670b',
  'den-giay-thanh-tuyen.orders.jsonl': '93e13defca86f0f8cc60cfa2e8061608d7e305d5ac2a3f603ee9437322c0db8f',
  'den-giay-thanh-tuyen.shop.json': '76b4f80d328492123ad1168886dae53c15c21acd75fd3fc36e7d149c85100002',
  'den-gom-bat-trang.orders.jsonl': '1677e85f081e77dc2b4436e4b9b2d9878c0ea1a31d9e803be70f8b9c10b6200c',
  'den-gom-bat-trang.shop.json': '4b9dbd47df558194bf84b69f0bba1d3c2bb6fddc3e2cad5c156bc469e8b93cf4',
  'den-led-phu-minh.orders.jsonl': 'c8ff49c94765b6060d67403a2dcea270ea7ab662b354bd46a1601357d30308de',
  'den-led-phu-minh.shop.json': 'f2284b711c3de1a5e870bfe06bf45390204282b76a109c66074c462fdc624bb4',
  'den-led-trang-tri.orders.jsonl': '8850b692c5fa8a7008d61a670b8475041f4755a317c10c8a23dcb17721606363',
  'den-led-trang-tri.shop.json': 'b88f6b424d9df0d4ccdfdd2b1bd8d4479ac87981b93bdca64de458c30d707077',
  'den-livestream-phu-kien.orders.jsonl': '1c4eb8c566bb70edf912a599399165a4e0a938753d761579abb562ec450db435',
  'den-livestream-phu-kien.shop.json': 'cf01f6108ad4b33401058e6aff280d3c4e11b42489257a5f5518c8ba653bdb10',
  'den-long-hoi-an-2.orders.jsonl': 'c2a24937e74b0ad3b62c5c1c8fe99690e748cf5f3f964a439ea7844387988b49',
  'den-long-hoi-an-2.shop.json': 'd571c01bbe8540764bb8379fe1ed4834ed08615ffc0693469140495b5b3c48ba',
  'den-long-hoi-an-3.orders.jsonl': 'b8fded6f59da2e2c0e9ded96e1693441d64081e95fc132d41eedc7fe77ec1228',
  'den-long-hoi-an-3.shop.json': 'dc06364e14ce4eaa3e9c4257dd2938e7a20a597afadd255bfec936adf877f0e6',
  'den-long-hoi-an-4.orders.jsonl': '9772cd21aa4fe827621d324d430519307c11d18e7e1a57393651f061ec350386',
  'den-long-hoi-an-4.shop.json': 'dbbbdba5b0bd096f3effdfa8593d8acc3b3a38fa495cdf061576000c0b538b25',
  'den-long-hoi-an-5.orders.jsonl': '461b3c9b1e8dfbae59a5db95620599bfb3b9694c5defd60f955f792545fbcb67',
  'den-long-hoi-an-5.shop.json': '0ebb718f6ddbbca2cc49a71f24092184802b5353dad4297e61d7e61dd63b5acf',
  'den-long-hoi-an-6.orders.jsonl': '9dbf30354733ac97c5baa8a02307b9f283d1dbc5be8212dbb2b9130ef594cb4d',
  'den-long-hoi-an-6.shop.json': '2afed1cfb968c263709d3789052677d457d084bcd6e5e827835a2e5723a60cce',
  'den-long-hoi-an-7.orders.jsonl': 'e1b7a489bdcf3975d6f7d085eac22079ba813b6338a73d9760d5020015aa1138',
  'den-long-hoi-an-7.shop.json': 'ba78ed46c7e91a4af5efab3de89e0ac6dafb7489866c2410a6af72f2e3c04484',
  'den-long-hoi-an.orders.jsonl': '3e3d950c2044126ff1ec4956710c6540c4575aa591fb43913fcc2f80a49ec151',
  'den-long-hoi-an.shop.json': 'c71cd74aad30b6fbcf0208e3db2eef0c415e8b6236699961f8d1acd4b1d5ef7a',
  'den-long-may-do-hoi-an.orders.jsonl': '84463e08d242ed91bb38606968321591c016b49ce32b39fd5430be79806b7e3b',
  'den-long-may-do-hoi-an.shop.json': 'd6966226fe1d520a164ad2f3006e0ac3d8f91ab96b9b2e3abd7a4c28c5af69b8',
  'den-long-thanh-oai.orders.jsonl': 'c132b93f5d5731f6cca36d05bf6958ce524c01adbfe2497c9d21f2df3a60a53a',
  'den-long-thanh-oai.shop.json': 'a82b139c5825f1daf544a2b299bcc4226d91101d1c909d7a589e24eb235d3a59',
  'den-long-trieu-khuc.orders.jsonl': '73e47e3b4217a9a5d1f24c824906997ac85b0c51b3352d15d6c58da624892937',
  'den-long-trieu-khuc.shop.json': '261c84ecc4481597243b66714387f801ffae798970d09a429176a67ac71b19e8',
  'den-long-xuan-my.orders.jsonl': '1a8206b2733f66133531bb1fea241cefabaf64e589fc27dff923b6202361664f',
  'den-long-xuan-my.shop.json': '19ae87f3f27f63c205194dd7854beccd236f366e649c8bae4adda2209dc9eea8',
  'den-nang-luong-mat-troi.orders.jsonl': 'ab07ba07275647df1888ff47c3a415a07ca328e68311f5f927084867ded9d1ee',
  'den-nang-luong-mat-troi.shop.json': '7a401252228631a686469dd6881062e1ac1bb2a11c45a8cfa00958c681ec2a6e',
  'den-nang-luong-phu-nghia.orders.jsonl': 'd82643101a5e8ba11fb0e428b2810130bb7a24fdbecd2cf3076a304f0cad90ba',
  'den-nang-luong-phu-nghia.shop.json': 'f7b103c1d5d249e9f12c536cfa241744d64e77a46bf0b53c27ea293f80c24dac',
  'den-ngu-trang-tri.orders.jsonl': 'abf17ee1ebcb9ec78e396b65684555b13169b7b37a94869416d5df081396e0c9',
  'den-ngu-trang-tri.shop.json': '20b510f0ef5c26e22e15be01f267dc8d6ec7330ccbf4ca35debdc665dfa049be',
  'den-ong-sao-trung-thu.orders.jsonl': '5cb0fa45e355db28fceb8a23972f06e74a328c5100727703d9abc7cf1085c41b',
  'den-ong-sao-trung-thu.shop.json': '6fcf8bfddf152d98201c6e7eee744769897a77636522d5da0550f3a24ac1a7b2',
  'den-pha-led.orders.jsonl': '68195b29a5cadfe0e54241c8b11a587a3dd4a0eaa0115b3295a570e923c7b931',
  'den-pha-led.shop.json': '3eafcfd753d92acb463bdd72da13f1a3711533e454cda7c1bf2a9d6fe65236fd',
  'den-pin-doi-dau.orders.jsonl': '8d4b4201911168f99e55265e64681b994e5b8acf0c141644b1a30316425e232b',
  'den-pin-doi-dau.shop.json': '9112814ea155484be4eccf76635adf1d157122bcb8020f63e52ead4bc1e734ad',
  'den-pin-sac.orders.jsonl': 'fdf063ebc4c453971fe63a26250b9df34aac706d54e171e9ecdb330c4946815c',
  'den-pin-sac.shop.json': '300b007c9fb787970b28bf9028101c7c7bf4744f42d154e3da8036dd94d945fe',
  'den-san-vuon-nang-luong.orders.jsonl': '263877c0610fdbc87846081a0cbe1f121d18eb7d86149eab43ef638f357e914a',
  'den-san-vuon-nang-luong.shop.json': '2b5eff1e24a417586f1cf2aaab6a13a1fdaca5280e495182b7b1ebff5745cf7f',
  'den-tho-dien.orders.jsonl': '3df0f87f9b5545d67742cb2087612ca26395ea49542ccdba4cd4f0d37a8fa7ad',
  'den-tho-dien.shop.json': '623c04d1a68d0628672a51b476f8e0f3aeb28bbca407e4b1f5a37f3c7dbae481',
  'den-trang-tri-noel.orders.jsonl': '17ebd310e243cbe8300f4d06bbfcf600a096a809bc685c54268216b73ece7a53',
  'den-trang-tri-noel.shop.json': '51e5e6a98c4d1cea665e3273019453fee3633011bbab4734d78413d63027464f',
  'den-tre-may.orders.jsonl': '838903cfb58cc8f270d882051425897ef0232190274c7d209df3bae0d7d50f6e',
  'den-tre-may.shop.json': '31450e8a45add86c6eec8df9d5fa700a8c8f491b857624f42c6f4dde5766ca45',
  'den-tre-xuan-son.orders.jsonl': 'b80f019b8107053524233ad22d243dffa9790b6c2473feef3c94129a3d54de12',
  'den-tre-xuan-son.shop.json': '3f6d8234545bc96893bb529701fbaeb06b21b77894b5ad33a3b60c1794e32e38',
  'den-trung-thu-phu-binh.orders.jsonl': '6272a53e2acc1216705a9a864f6e2c2ee6308888f355bfa018e10f949ded0419',
  'den-trung-thu-phu-binh.shop.json': '81932f2290c43c7c7032511126e0fbe29ac3a01fc03069e3d6e5484eedd3eda3',
  'den-tuyp-led.orders.jsonl': '0868e8db32e50ae05456360522edab027ef6c870b4623ffab875962d169fc2de',
  'den-tuyp-led.shop.json': '3d0e7a5072162d99382a305f86441c30e3be0fbdf2e8b3872b65b0482a948688',
  'den-xe-may-led.orders.jsonl': 'cff55752b1f02b55f2581c9ab7ef3c29ad76e725db96e0ed6ab2f5ebc3bc20cb',
  'den-xe-may-led.shop.json': '795e2a4eb7ed967ef848b1c92773719e1bd302c75a88fa7ba7f76c189e24dde2',
  'dep-cao-su-dong-hoa.orders.jsonl': 'e7420d6340d22f74270900ed8c2935039e6c762442de37530955489182fd8ed3',
  'dep-cao-su-dong-hoa.shop.json': '90b9106c1d55eb292519d55cf6a59cfb4d729f6388124d58589cf2d672aa5111',
  'dep-coi-thai-binh.orders.jsonl': 'f19df7dda1b8400cb31b7b32fa9433a7d234680912689abbc94ac3df27d9706b',
  'dep-coi-thai-binh.shop.json': '56964e83a0abf8b3e9aac8340c4439122a9ecdafbcbcde822f0b4639f54b6281',
  'dep-nhua-dong-xuyen.orders.jsonl': '76f995ea3f8610ac40a29b783c8b049187a08dc1a5305b171388da3637c6effb',
  'dep-nhua-dong-xuyen.shop.json': '29f72b5c24006b7e802a3332f2adb1b3772087ee42653e198755031358f76c1a',
  'dep-nhua-tong.orders.jsonl': '9dd1ff11605ec2568f1b08f65ce17ee3ecf59f035142c2eb0ad35c3acc9f0142',
  'dep-nhua-tong.shop.json': '7743b1d3c6c5a34dbf02414aa5a3f86461f145cc05b30905830ba87d089ab794',
  'dep-nhua-xuan-dinh.orders.jsonl': 'e36163adabe868f020eba65399780f7f5293b583c23333369419a144f8f4f8a8',
  'dep-nhua-xuan-dinh.shop.json': 'facec49c38960cf723f0bdd414f529a7db0dad70433853d764e17694c8a68824',
  'det-dui-nam-cao.orders.jsonl': 'b46603d16beae02bc3e6b85ad1e402098ea104bb7758b58e27e4d9b755eae2df',
  'det-dui-nam-cao.shop.json': 'f289c821d5d2165efa6bf14ebe150110bb5b53c1d21459d198d6ef7d5ea45af5',
  'det-khan-thai-phuong.orders.jsonl': '61d700d55db9ccac313b1f3576a9f19fd6036fb0ebc61664496604e24acb6c48',
  'det-khan-thai-phuong.shop.json': '651ba69d93041b77196eaa228c5d07d0e508c91787dd19834f0a1b8126c67a7a',
  'det-kim-la-phu.orders.jsonl': '2c0e6c8fb19d2286a3ab8143d0fd7d45279d52a69bc9e4b76772396254af4be9',
  'det-kim-la-phu.shop.json': 'c072bcfff2ba1276afc9dfc3e1bf9996f0b42059827c04db0f572291fd6047e9',
  'det-lua-van-phuc-2.orders.jsonl': 'b1c142777e343ea6c388e5aeafb3ae28c0ca7c64c2f408e6556b0d463f9c64f2',
  'det-lua-van-phuc-2.shop.json': '61eacf57d52bfe024a30ee7496bd4efa411e3890e33cdb110a4a02f11f048b52',
  'det-lua-van-phuc.orders.jsonl': '38198d0e981ace986fc71fb16a0c3179546594cf621838f95b4a00839048ad77',
  'det-lua-van-phuc.shop.json': '58cdcc9fa7eda492ab25a47d4b1a50582594b6c67e8bf80ae7bf0e3e6d1c5a70',
  'det-nhuom-xuan-lam.orders.jsonl': 'd70673c474454389b7e2c44aacebe6e2f529995944ddc0c9c691088951c3eff9',
  'det-nhuom-xuan-lam.shop.json': '79171ba14475966bdff36e3d045d2c429ac9abd556e013b2d8895ee37e15b8d6',
  'det-tham-phu-xuan.orders.jsonl': '620a2b47049072e4758f6a3f89cd3dd152c4270be6729035d2f3e34ec7c1cd06',
  'det-tham-phu-xuan.shop.json': 'd4d976857daee5d68dbd92df1a93b6ecaf3dbb0f8921e64b80e6f78a52fe6e08',
  'det-tham-yen-phu.orders.jsonl': '0bedc775afcaa19246653fe40a14a1d81b24b116cff9c5e831596d44cd0e701e',
  'det-tham-yen-phu.shop.json': '41f4fa6545da84b425eeb033d92b08d9fb70b4180ca1363f62fd45d66f8a1889',
  'det-to-tam-nam-dinh-chan-ga.orders.jsonl': '1c0333f329ac9065cda67aaf6a50abb9b67046c48d3ccc5be0804398a96d844d',
  'det-to-tam-nam-dinh-chan-ga.shop.json': '65cd4839225d0c2ed209ca1ccc9e038b80095a58965ee41ac51f0e9c277c2990',
  'det-truong-luu.orders.jsonl': '1715dc704d325d9d29b1121efb69355a7289a76d8ba500c69633c661ced9b9ea',
  'det-truong-luu.shop.json': '04fac095258fff699ee09a549a48c75cceee25b9a5e20a9e334fb65a9b3b2f16',
  'dien-dan-dung-dong-anh.orders.jsonl': '308ff95eaf0b77af999676a66f178d71eedaee961704486b5e08101f2dcc5308',
  'dien-dan-dung-dong-anh.shop.json': 'd36a21035192818009380c9eec387f202d7a6a0069732ffe1e3b5f19e4dc9d37',
  'dien-dan-dung-dong-tam.orders.jsonl': '5e99bb9fda2cb628d3f68bf05caf1dc70eafe7778de5534b77663fb085361d9a',
  'dien-dan-dung-dong-tam.shop.json': 'c0c76bd6b12f5720855a13ba372e3a048cc7ced3e304bd12286328f3242a3c86',
  'dien-dan-dung-thanh-oai.orders.jsonl': 'a4e619282e64172574a69c98953da783a0ad824d4dbd5b0812570bbb5fca5d86',
  'dien-dan-dung-thanh-oai.shop.json': 'bfceb33a58494564cd1d3cf254c85095984cde70ee5672c6c77ded8a5666ddcb',
  'dien-gia-dung-an-phu.orders.jsonl': '5b47d438a67fb652335c1f0a9e00f0b0fffc26063ed5840f1b64e07a6784964a',
  'dien-gia-dung-an-phu.shop.json': '2c72c98b6d943ac32499416edecf83198780d3f7f8596224a5f719e7efc3ea96',
  'dien-mat-troi-ap-mai.orders.jsonl': '3b29379f776fbea55ab48c2a14b7bcfb95c15519e29eaa795f37396a0b6290fb',
  'dien-mat-troi-ap-mai.shop.json': '3208c683f8b5d0f87be692bcdade957ba94351e9a90eeec45149c8aead5c3b24',
  'dien-thoai-cu.orders.jsonl': 'c492462f4c1d94c84cf8d6166b1a64e58a3c5501c0efdd5ea59ff50fdc2d8feb',
  'dien-thoai-cu.shop.json': 'dd75ed7c70c73c3bbb74a66b606775cfa4ce2c1b3703f8d315664237ad722ab8',
  'diet-con-trung-gia-dung.orders.jsonl': 'bb4cda227ef8de3cab23c17e99ce8a1733d554c9b9938d4e1c116d279415c4cb',
  'diet-con-trung-gia-dung.shop.json': '5883c37e981ca4c807ec36a3a67ef52bf8af31b07ca37edb32e9bd36cb92cd29',
  'dieu-sao-ba-giang.orders.jsonl': '4d82f2492012fe7386b5bf1bfe1bf381777707c4555be8ffb8146a13d6d4ccf6',
  'dieu-sao-ba-giang.shop.json': '3a0ffb14aa5adf1f34a3e32d0b59e0ee3a522ea9c9114308c031e8f4aa124eac',
  'dieu-thuy-tu.orders.jsonl': 'b5d340ed6d9ed3cbf357f0e80b2c7eadba1662df5213aabc6103889d03b1632b',
  'dieu-thuy-tu.shop.json': '0e17840fee4e997ae396739503337acc15503686162fa521652b2ea0b9106bbe',
  'dinh-dong-nam-truc.orders.jsonl': '91e268d1d8193aa4c43b980fe182aee678307886107d5f44d529324cbe2f23eb',
  'dinh-dong-nam-truc.shop.json': 'b2ee551facb745f7ec2c93d23d4336fde756d02f4a4652ec58b20577a525c8bd',
  'do-an-chay-dong-goi.orders.jsonl': '6fd56d2ecef1ea91feef393881100fd9514666994b254dcbf31fd294dc79b35e',
  'do-an-chay-dong-goi.shop.json': 'df5760d5dd870c95a6f87cc1109613274537badf7990c73f3ce725ce0173cf60',
  'do-an-han-quoc.orders.jsonl': 'bd77e24bd75c046d346560bfcadbe61cf0333c47cb666a64008e1e589060462c',
  'do-an-han-quoc.shop.json': '8642e33415c321b9dcb7c536fb64db3508ea6258dd13139e9f04b8e6f1488a66',
  'do-bau.orders.jsonl': '9562f0ec13d5189a8176a994eeeab1e0f12dcc7c66484100ba354d4d52195194',
  'do-bau.shop.json': 'dba51b70ad08b865a6326014120bc9dddaaae2775cc357efb1a37acc397d4c25',
  'do-bep-go-tre.orders.jsonl': 'b56199811db494dfc85db0fb2b7b09e595591d03cbdc4cbddf9d9ac46fffdb4c',
  'do-bep-go-tre.shop.json': '5ce05f64279f5ef0d616e9cc2cafe1ed2b7d1fa603b046886fdc95a6685ef251',
  'do-boi.orders.jsonl': '301030682433969f6b42ef278a653e04d994b4f32595d322f147ee5d686a8c65',
  'do-boi.shop.json': '510d5ca0c7fa73b98a382230ee1123a6fb4afb7052182d421d0ac2cbe6ebe002',
  'do-cau-bai-ngang.orders.jsonl': '4307086e9118d5cd6b046d94e17b0adea897e039c69dc2eca6c968c0a54b2880',
  'do-cau-bai-ngang.shop.json': '941f3da3beb285f229fe8527b48a02cdafe958b4ab8a5f9e77ffb2037ddcb742',
  'do-choi-dieu-khien.orders.jsonl': 'd20aeef7c47489d46b74be973eedc7866236c0f212cb2d14f8e2ea8da39134dc',
  'do-choi-dieu-khien.shop.json': '0d50b03e3cddd68c9f9396d91f8066d83e012c608fcd82c35808714aee354101',
  'do-choi-go-van-canh.orders.jsonl': '9ac86825765afca015beddc9f8a0d5e66b9161270646127150e4b4e1a4f3db50',
  'do-choi-go-van-canh.shop.json': '3042dd56fcf3535678306f40a43283775e514bbe6b997b0bc35cded3995c546b',
  'do-choi-go-xom-trai.orders.jsonl': 'f20d4cbcc4aab8534435502f0f1f0244108c3e2a4620aded41ea0577791dbb5a',
  'do-choi-go-xom-trai.shop.json': '8e40a2d51e648e43ed0c54d2fb2d4beca005cf6f5c7fa5a17c9019ebfaab8e2d',
  'do-choi-go.orders.jsonl': 'ee595b516f2034e8473630f46569531de2ce24676c4bb93d6bee2db25224a865',
  'do-choi-go.shop.json': '50ae7667ec758a3b069878532cb606b464fa910a003d130db5509428cfb4cace',
  'do-choi-lap-rap.orders.jsonl': '08f4caea346f7a3114ac46f5758f2d88ec9b9cbec15cab14c8c5abb2f535dbde',
  'do-choi-lap-rap.shop.json': 'c8f3d45453f38d15e3d3c68ffd860aadd0af67b093b891f431ba4c24a6c980a1',
  'do-choi-tre-thach-xa-2.orders.jsonl': '3f0fffbaa18961873a0d0c0f8d18623945619595eea5caf0d246af7cd29089c8',
  'do-choi-tre-thach-xa-2.shop.json': 'e669c6394a1898e6dc18821f2f08108524702d25cc4caa47b937728a5007de33',
  'do-choi-tre-thach-xa.orders.jsonl': 'da70205259785c53b986c525b742b5f876bdb519249d563d6d4e5598b8a50b7c',
  'do-choi-tre-thach-xa.shop.json': '0fec74ab5dd375501a321d888508a0aeb26f7b90e70f5536c410568f08239148',
  'do-choi-trung-thu.orders.jsonl': 'a33c9e40ca773330f0f3aaefc5d7df29a74e88975f87b240898699e664d7ba29',
  'do-choi-trung-thu.shop.json': '8a823ca97d98903b77795094cd3c94d1852ae230935d9875a47c35dcdb6ad7a0',
  'do-chong-muoi-phu-vinh.orders.jsonl': '1dd34d047a603e627a7387877abed316f250f1c99d5b8ab11e8fd6dfe9a1e572',
  'do-chong-muoi-phu-vinh.shop.json': '83aac34d7f5e79738f1a866982b7c7b1c6bdea21e7b2bce8fea4d40dc2f4a0b4',
  'do-da-an-thuong.orders.jsonl': '6c6e4b47b0d9dd401e1e69be03d7de687e862d7d02de89ad3fc8fb53ee1bb130',
  'do-da-an-thuong.shop.json': '0e2faa591fe212dae000ac7963ed99842a55f65432238539618aafa8ecc6d0e1',
  'do-da-bo-that-lung.orders.jsonl': 'fca7b339d3faafa46b6ab03c653e43f161ea388e8d1749ce78b76ba706980a24',
  'do-da-bo-that-lung.shop.json': '929dbb01285fbe56f6b9df1ae480b29dd39d7e439e42e239e960a62832e5cb55',
  'do-da-bong.orders.jsonl': 'bc05886f96c4a4b6c3ea96d7da01fb24700ae5bcd269bf8cdb6488e3c3aa06f6',
  'do-da-bong.shop.json': '95b54757f2aea16905dd82528328a32120925b3c32608921638b19ae36ccdbf2',
  'do-da-long-xuyen.orders.jsonl': '00ce3ce4bd27b85595f8a8155375d5fd0b0fb3631aa89def572969fbeb5b754c',
  'do-da-long-xuyen.shop.json': '3733ab2923c3c3d7b87e0461251dc0f6ff02a3eb4f2ef45e84bb65d136834a8b',
  'do-da-tuy-hoa.orders.jsonl': 'f1be09ee22c8a7d243e222fd6b3f9efa62ebe7ae9bb4f8ac4eac792a9b3889c8',
  'do-da-tuy-hoa.shop.json': 'c962ab81400e648bf15bd235351b2dde133d123a907412821cee483acba46b61',
  'do-dung-em-be.orders.jsonl': '6be9b8c2bd4ad1a10abff9044c2a3578a8cc7d560a1ff610f982646f91f96f9f',
  'do-dung-em-be.shop.json': '994757569c053e400c40fea099109017acf17840817693bfcfddd7e462a9389a',
  'do-dung-hoc-sinh-tieu-hoc.orders.jsonl': '402d3f2ef02159d1d5291620e8f5c38bf462301de61e45d5a86304a8c8bac102',
  'do-dung-hoc-sinh-tieu-hoc.shop.json': '665bf692a7cedd635c7367abc343b43e12450e500e0402f971355653ce018b3b',
  'do-gia-dung-inox.orders.jsonl': '943204a7f48d40450da2595252519d9603c87333d305fe09385135d9b7d1ad15',
  'do-gia-dung-inox.shop.json': '88e3566612062493572ca3a4092dcd4bf1e2d62e00c0063aa5c1d0698ef84298',
  'do-gia-dung-tho-tang.orders.jsonl': '3598ffd5dec1964d086f064b0de959bfa92b54b183d32f3019bf40ec1dd611d8',
  'do-gia-dung-tho-tang.shop.json': '60db35d0877551c935bd9cd80acb1a017f82ff81bf6ff466f9588e6e6cc9078b',
  'do-go-bep-trung-khanh.orders.jsonl': 'dcc0bbfbf8ac22b02e5cd1bb28f24d291b88d905cd7dc3f177db23a71092469a',
  'do-go-bep-trung-khanh.shop.json': 'e8cba16a2f8c88d4c71da140667e76e40c3757c003256113175e243a3425c5ed',
  'do-go-chang-son.orders.jsonl': '0451b3e123b0b11333dbf571a1adf0aca8cf22d5c60dfe661d2a2492873a28c5',
  'do-go-chang-son.shop.json': 'c54949b91c7b9688b113367c465def0fcdfc7f79b0930bb4c5c34141204a31c6',
  'do-go-dong-ky-2.orders.jsonl': '41ae3335d9951767754bb87773ee93f1e351210c9a12a90db0483ff93488b6eb',
  'do-go-dong-ky-2.shop.json': 'a24415c1e7f3e27b54e5a9e3d9240024505a07a59e3ea0b8a5d3f24d53f76637',
  'do-go-dong-ky-3.orders.jsonl': 'c34cc731dac8a2bcd458daed6a2bea3a294b376671449cdf0af95f10078d018f',
  'do-go-dong-ky-3.shop.json': '68bce5d640693e3e6f9ebec6a6136472fa1c53fb5834eaa48c976ae1a6781986',
  'do-go-dong-ky-4.orders.jsonl': '7eebbd1730fe32703f2382e1899fa50c533a231fb266f08c0c38164587fbee53',
  'do-go-dong-ky-4.shop.json': '33faed058041295fea9a63b9084a6967f1858e7b0efcabb06424bf3c7116a275',
  'do-go-dong-ky-5.orders.jsonl': '75fdfe65869781b555f36b30f12c7be4452f12895b840aefc3d073e1942df0d3',
  'do-go-dong-ky-5.shop.json': '12311e3a85f219e1a215ac95c2f26eb4f4d6aec7bfc60cb087b59324c2a3d803',
  'do-go-dong-ky-6.orders.jsonl': 'cec5cdca3c59ff069864a6fbf1f88007e023b5b0484cff054e5bf35fc0756df0',
  'do-go-dong-ky-6.shop.json': 'cc10522ebb1f1fcc556c858d2cf015c9692457dc3f4dc4a4c083bc8de38eafa4',
  'do-go-dong-ky-7.orders.jsonl': 'd2af290fa382c9022f1e5cd4d89c334e86b56e1f5c0da0ca697a4f5f73e09f28',
  'do-go-dong-ky-7.shop.json': 'bce2aedee8bc33d7bb9510c599e3e856a64280c36ebf6465b64081363c76e08f',
  'do-go-dong-ky.orders.jsonl': 'ce5a9036d30ffa1caba24cac40dee9c701c61da526870757ae36f651ce40f40d',
  'do-go-dong-ky.shop.json': 'ac08dd6e9cde2d12bd2bf4fff6798e50f934c6f000be13841413c353d469e834',
  'do-go-huu-bang-2.orders.jsonl': 'b4e301109385480a62a5d9c1e806450489f2abc103dd99486151b90e3e89f4c6',
  'do-go-huu-bang-2.shop.json': '3ce198af2ffa36c581aa51f7614a4cd4a2a1c4f598f901475f1794071f807553',
  'do-go-huu-bang.orders.jsonl': '77740215d2573439ead2f3956d2f59599323c09c2bfc865a4e0803bc9ec50334',
  'do-go-huu-bang.shop.json': '57e2e1b56ed21dd7b4aa06cad285b8ea1a9c6a807f22c1a31c058cce0e9b0021',
  'do-go-kim-bong-2.orders.jsonl': 'ac03f38d6bd43e0a4dfd14ddc8c33e7d8e9f28cd682f72712e05c78a508be121',
  'do-go-kim-bong-2.shop.json': '2f2e9b8cd8a4ec699f382515dd2c6392b0854aa3fb5d72b09c1cbe91539d1991',
  'do-go-kim-bong.orders.jsonl': '7dd7ee0e6c7a6673c6215fe2d495a8531cae70c5d2334ed2ad3a9827f3768862',
  'do-go-kim-bong.shop.json': 'b4e8590d1e4245b48fb38674a9a44c4f34001814b4c5c388d9c192df2384abf2',
  'do-go-my-nghe-van-ha.orders.jsonl': 'b45fa8b26569fb05bd0a2b280934727d771ec6b04a18db07936c5535405e2dc0',
  'do-go-my-nghe-van-ha.shop.json': '6faf05c5772fb953f7e223ad1af4f621019671de966120944e967f5dc2a1a017',
  'do-lot-noi-y.orders.jsonl': 'bb40d4ba354b9fa971b33e0e572bff45779e51183532c536cef5a36c60f40596',
  'do-lot-noi-y.shop.json': '644cdab3ccadc233e0aeb7deb6ab2d0f7a2195e4066a91439f690f92f247b28c',
  'do-may-xuan-lai.orders.jsonl': 'aba4df2c6e9f31adfa11ef57b29b5bb28badb080150ea34c6b77df20dcbb7f26',
  'do-may-xuan-lai.shop.json': '9df8ec1181d2745b35e8480c511307832b8c9858da1a1307575e6550764433df',
  'do-nghe-moc-nhi-khe.orders.jsonl': '8c68e1a89caa581bed1052357642f017d2f8c5cf83f14975afd85123201dc6d3',
  'do-nghe-moc-nhi-khe.shop.json': 'f1c0105be6aa4f5ea4c094990b2ebd3f54ba8f3244dc35f3edb4fe036166292e',
  'do-nghe-noi-mi.orders.jsonl': '8091eaebcc87285d2df50e2eab2c7675e313361ca895787e5611815765b60540',
  'do-nghe-noi-mi.shop.json': '96d7afa7f88dd0b00c78530f0a7f5811b91ce74abea3d2ab0a3929b98335ff53',
  'do-ngu-lua-van-phuc.orders.jsonl': 'f97882559ebf2cb743e8888a1a7ec0f33f40ad654e2152ded6c7a6765d5d4277',
  'do-ngu-lua-van-phuc.shop.json': 'b679eec85e57b77090319a89b2d0b776bff282274d6af74a4acf8782ebdf04d9',
  'do-ngu-pijama.orders.jsonl': 'b65ad5271ac12f639987f9622d53cfdc414568368ae81ce69017b15bf422ec40',
  'do-ngu-pijama.shop.json': '31184c9c25f7cd8f990424100382863fbb104e51dd71552915775b7733b5a03c',
  'do-nhua-gia-dung.orders.jsonl': '9fc8347fe5b42c310f040d8e28896b6051637d0f33a0f8130a565ced6e6f71e8',
  'do-nhua-gia-dung.shop.json': '8ae07d28932058424d6278e00b3007a95ad7fd8d1339267864113a4be653f0a9',
  'do-nhua-minh-khai-2.orders.jsonl': '839e56a3a33462d1f09d8733e5250c0b1a695b8a43bf9c300895fe20df6bdc91',
  'do-nhua-minh-khai-2.shop.json': 'ba2c2bf6a0201a5d7b2a1ef1cba67957fce29be9f06f2a05b45b4fc8a369d693',
  'do-nhua-minh-khai.orders.jsonl': 'daa36ee0100459f56f2d4652d856ae4289ba1ea90d9b6f0b0f22386d134b4dc3',
  'do-nhua-minh-khai.shop.json': '15e39a019d55af2a57821db86430336de09c04bed0f125778e0ddc5c3580c5f2',
  'do-spa.orders.jsonl': '74851ed902305ab8cf36d441c5dd808809828d1bc98702542382b5bbd48fd3b9',
  'do-spa.shop.json': '01df10a879558f91d8e3236de73f3002fd463f4bd69697ba99e835ec38d2917e',
  'do-suoi-phu-luu.orders.jsonl': '241da388246565c1069464493545c52d84df9761e438b7e73c0f1f78498b08cc',
  'do-suoi-phu-luu.shop.json': 'ac0c730de8ce114e39b52712d178772ad5677298932d1fd24a36edfd09dcc20a',
  'do-tap-gym-nu.orders.jsonl': 'd88eb49be44f540d97d9e5c1c178dc41c7e4c8498d6cd6bb1f30c956c12fc7e1',
  'do-tap-gym-nu.shop.json': '355502c4bd17a45d5dc9b60015dcdc88524a017bfa5ada881e915e9236f9eac8',
  'do-tap-vo.orders.jsonl': '8c9e87c1c7e72c4ec655d0422d0c036ae4591053d3e63ca8d99ac71dae8c6052',
  'do-tap-vo.shop.json': '9cd26f5255185effb0aaa2114cafac3a87c80281b0038883d42dc73fa6e1124c',
  'do-tho-bat-trang.orders.jsonl': '5f907c5f8c38775f098b481a65c3ba161dd0897e4b61eb4725ebd13f5f9a6cda',
  'do-tho-bat-trang.shop.json': '37b4c38c7828d03b0dbbacf0517edb9416fb5020da19cafc48e5f6c2da790b2e',
  'do-tho-dai-bai.orders.jsonl': '09f031bedebc8d8d50db042919ebf43e08d2bad04be9c1ac949c8e8d87e89f7e',
  'do-tho-dai-bai.shop.json': '4dac5f40eb634d47194262fd62af4497381c3160689e3b0e070dbccf3b85b50a',
  'do-tho-dong-ky.orders.jsonl': 'ef0fb8d7da4743ffe3ec785de2738358218ac376d5a76a8ff3d388af48c7d966',
  'do-tho-dong-ky.shop.json': 'cbb198f4f484e29d22a706037e8f64ec05123ff95d92b0248b4897d451f0d3e9',
  'do-tho-son-dong-2.orders.jsonl': 'd9679bfd64559793390f023407366e9218566820c00ad0e10a4149c3ff26c546',
  'do-tho-son-dong-2.shop.json': 'cc361d4b01a349808c9b1766935332ef4705d31f609e54a3306b0f0e1d756571',
  'do-tho-son-dong-3.orders.jsonl': '52b8594583006c2fc808e2fcad8394944b47a842c1d50156c50ff1de5ffca2e8',
  'do-tho-son-dong-3.shop.json': 'c46d241a594f7192c6dd55dd52a97032e4a24894f058a2079e6e33458a2031d4',
  'do-tho-son-dong-4.orders.jsonl': '74751bd76666d8291b04cea426ad85838a4abb54eb50826488518ed962a0ecd4',
  'do-tho-son-dong-4.shop.json': '27204a3708192ccc27539126b16b691d373d38ed667ee4e06812c0d452bb63f5',
  'do-tho-son-dong.orders.jsonl': '014223f02714862215ea54a450db3d0a1e201fd0ca1db7584434635125b59b99',
  'do-tho-son-dong.shop.json': '9a8f3c8d3765f32f9fbe988b9c9cbf40e8db20a278f4e38fb8f34e2142894590',
  'do-tho-van-diem.orders.jsonl': 'a54925f4001ac83cc4cedee5bcef9751a3f1394c2a8c5970af5a82e597fa5cfd',
  'do-tho-van-diem.shop.json': '0e2c14ac9fe3755c87c9886dc6e3953141810669917d0b0e9b83f649fdfdeb41',
  'do-trang-tri-tet.orders.jsonl': '81fa890b8be334827d7980ce3800bca57d5c2ffc8c60322ce1793098086452a1',
  'do-trang-tri-tet.shop.json': '6c42ad7e666c557b32d44f701470a525632618f4a07ac5442b782c2df3a4eab8',
  'dong-dai-bai-2.orders.jsonl': 'efd99d53eddcf9828220ab56e0c89d9d736c8564cc32b9694bd2452b5e2d87b5',
  'dong-dai-bai-2.shop.json': '471a7022af3a2bb40d007dfb3134bf272d1ab6aa0eac681cb11e960ea25c9dd7',
  'dong-dai-bai-3.orders.jsonl': 'cbe31c71a6e592ed20ddb75150d338cb9ab49e5e7446c6255c9104292c9d30f6',
  'dong-dai-bai-3.shop.json': '1fdcb0df0ebc5ecb6b2d31f3b6fec6f9db9fcfd629d5389d7deb169e02844cdb',
  'dong-dai-bai-4.orders.jsonl': 'bfd7c45b3d20629c6ebbaadb305e1f5cd4e8b27902df26a1c6f6c155bf72e2e9',
  'dong-dai-bai-4.shop.json': '813f704620af721721c5751844bf09c29203cbd8b546886af64165f7630d9290',
  'dong-dai-bai-5.orders.jsonl': '9beffaeb0778f0408aefc7fa08a04b65039c39897180b97b5cb25afcbade6061',
  'dong-dai-bai-5.shop.json': '0f2bd54aa5fcc70374c5009bef300cdfadffbf860dd84d76046c9720b088e876',
  'dong-dai-bai-6.orders.jsonl': '1a1efa7a96f0c3a2ec7ecd0048b525b004349d9e9f064af32f028b5f1eb9511c',
  'dong-dai-bai-6.shop.json': 'f04c9f1169052975f223b62f3dc4d42b3147be218dd114a7b96eb11d93f313b7',
  'dong-dai-bai.orders.jsonl': '3ca507eaa3ac5c102b33c1d46a6aab784f4fc5698989c08fca6bee18531cc024',
  'dong-dai-bai.shop.json': 'edb225c46b71d59ea55c76154221799f0cc9003e0c92d8f0b4ed95ab6f5cd90c',
  'dong-duc-phuoc-kieu.orders.jsonl': '10b7bd9232667e6a1bad0fc1e358be4f81e967b9a9257d1a0e649da53843651d',
  'dong-duc-phuoc-kieu.shop.json': '8d63e1180aa0526dc566c3bb874155eff670d8d06f5b8ab639d984399262e093',
  'dong-ho-deo-tay.orders.jsonl': '254b86cd885677b424a6fb965ef990f1525c970626fda3e6e875db3b1ecbfad1',
  'dong-ho-deo-tay.shop.json': '9cd2253fba9282ed578160145667a663be371b61e13ea185cc3ac24bbc4d148d',
  'dong-ho-treo-tuong-ban.orders.jsonl': 'b7609c7469df2aa35501b0503fd6de8b621584b11571b451977ab86ed4748e42',
  'dong-ho-treo-tuong-ban.shop.json': 'c696e8c8b5fb0f551295e5d243fac9bdc04b1b13c31e9a64fae3929dcacf462e',
  'dong-ngu-xa.orders.jsonl': '482bfa7047bf026007dfff6bf143194022e24eb314f8dead2345cc15c685b70c',
  'dong-ngu-xa.shop.json': '7d096e00f35ed363c1838e4c5a234e96b5310367417f8304ccf38f4f96e9e53b',
  'dong-phuc-la-phu.orders.jsonl': '717cbbcb1066ad3da51d62de19967c48519fa7212242321285c14a8cfaa3d353',
  'dong-phuc-la-phu.shop.json': '341cdafbe3464b732f4b7b932774069dd83f1dda6c8a773d648caea474fbef0b',
  'dong-phuc-may-san.orders.jsonl': '81e612c3d4e897d0b421ee4dcf5c3da65847d5101b13aed047e41239aa32ef1c',
  'dong-phuc-may-san.shop.json': '5d8868541f5afecb8bfed758198efd08edf1681c0e3579cb30f9a40c8523a585',
  'dong-phuoc-kieu-2.orders.jsonl': 'd69988bad09132445dc1f1c51bfc3c5ae22512d3060fd795a189fc5db4b59fe4',
  'dong-phuoc-kieu-2.shop.json': 'd57580bcf65567eadcc6afe17dea2d971395ec2a8d19263285f0ca9ab5b03a99',
  'dong-phuoc-kieu-3.orders.jsonl': '20875fea45ff0bdd0e44ac0c16e1b1498a78c4163a0da4dac8f90a807f6d4520',
  'dong-phuoc-kieu-3.shop.json': '5e0e5e3acf21c178a5fbfc367404c816aeeccf3334ccfab2b8fe542d26d55c18',
  'dong-phuoc-kieu-4.orders.jsonl': '64a8c63564cbd2d54c56fd9e2f8e43806e058b25bec4863f3cc9dc0bc2443c9a',
  'dong-phuoc-kieu-4.shop.json': '2756333bedc3533e1e3585883cc9791e1dd83d26b5d80d987571213602c0d3b9',
  'dong-phuoc-kieu-5.orders.jsonl': '7aacb0434b144c5408ee3e9c7545664cee3058338d8169cc34094e99eaa75ede',
  'dong-phuoc-kieu-5.shop.json': '5a8c2ba186624150968180e27d3f9a02c7d385c711702f0cbc7d79c07e9f2816',
  'dong-phuoc-kieu.orders.jsonl': 'c1312dd78b13272aa65de415808961038c5f3e8512233f9a706b2f0750b782da',
  'dong-phuoc-kieu.shop.json': 'cabfa194065907e68e21b904e1af050e944469afb641baaa389cd106c4e1bd1f',
  'dong-thanh-thuy.orders.jsonl': '705203e21780c0c815ac52075b028995ae05f9c17a3f26ebef244d7df03e4f3a',
  'dong-thanh-thuy.shop.json': 'f83de6be3c1c51f7dede95c98497811763af09b04537035bb275c84d81915f78',
  'dong-trung-ban-khoang.orders.jsonl': '9187aaddc635fa876cd009dd5ec199a02372b2911702257c00e0ab6a9081aba8',
  'dong-trung-ban-khoang.shop.json': '8079a683b27856c45cc2b4188bcac9feaf88694e18a57f6fa7fec74e1be2a41a',
  'dong-van-ha-2.orders.jsonl': '19ed38dd1399770843c257de8d0f38c9588f6d8dc9d8fc368a9e2b02e0a4a3a5',
  'dong-van-ha-2.shop.json': '15eb8d4b845e400d77388106747c44123847c847900c9d8d1d92d62783f2b040',
  'dong-van-ha.orders.jsonl': '92685938c20ed414959f00bc563d02d3ed28c5fcaf73ceba85d6fca51c96258f',
  'dong-van-ha.shop.json': 'c4940bb117e6542900333170375d3aacac05cebee976e17579486075c7e3cdc7',
  'dong-xam-bac.orders.jsonl': '851032ceb2a495dae60a9994351ecbd3c1817c687101c34d7c075e5133a50947',
  'dong-xam-bac.shop.json': '434a81d2492d834e0d635d983a98dcd9d7a76085f3f07a9977a50e4acf007b4c',
  'dua-ben-tre.orders.jsonl': '6c7e0b23abf48e4c3b0392195364cd82dca6abcba40a32849ab64f4f77f764d9',
  'dua-ben-tre.shop.json': '2127a2775a2fc524ad0c6cbbef647287d01f9fe1d05bd06f4f2b7ea1841f4a80',
  'dua-ca-muoi-chua.orders.jsonl': '341f96726a288f1a3da31a8877a8bb2d2f87110610937a2e0d6e32278b0f036d',
  'dua-ca-muoi-chua.shop.json': '41e8cfe2f8cfa5d624d5bd84f1cbb519c32fdbfaf4d128f5ac41a6f1638d6585',
  'dua-cau-ke.orders.jsonl': 'c04d43e8a64bc52b11bebf8f883b2509bbf73e04d2948c79ffd3afcad931660c',
  'dua-cau-ke.shop.json': 'd0ce3f33fc0435307d8d4a3d48a5988467efe82805b4c10d01b1b27ad1c4be55',
  'dua-chieu-tam-quan.orders.jsonl': '709207f40bc3efed5d8d2393286e585ab62a558cf509cc8784c0eb506e4a9924',
  'dua-chieu-tam-quan.shop.json': '15f5aef2b74bd2a35d47de14814593285eeac53b53fb9a9abc04cab995b0425e',
  'dua-go-an-lac.orders.jsonl': 'd6e7387bfa4d906526f0ee9ebce3fbc716d86bcfb0abcd16e891fcb219e2e9aa',
  'dua-go-an-lac.shop.json': 'dedac9effe5fdf7a544c02c258084bb29459375c5b3480d11a727bafd2abd2f0',
  'dua-luoi-trai-cay.orders.jsonl': 'c3cd2d8053e66d10695785158ae24f70b5aaf3b7121ab6de7d9145b60747617c',
  'dua-luoi-trai-cay.shop.json': '026fb8b6e91b1663060a291ea915ebd63417307f17165377a2772a2bc5c6620d',
  'dua-mo-cay-2.orders.jsonl': '38e9bf02fd6606f8a1f12f4923070412c4b8c3c14d1adf8ced6b53521836da3a',
  'dua-mo-cay-2.shop.json': '21e9911d5a0e7ac3674a0cecb8a98176815687ad93e50bb0e3a6b75d38c24b44',
  'dua-mo-cay-3.orders.jsonl': '411d9f602cd50ba2df573e24600fda4c66f459412ec9d7e1303a49eca7356547',
  'dua-mo-cay-3.shop.json': 'da3aaeba4380f4859b53efc7b8f78ccabbd21d3616038ee27d514f80adc22d08',
  'dua-mo-cay.orders.jsonl': 'e539b4bdfd47ef39412f04d41efc8299424729cb0469a31c6eb74ee7770078df',
  'dua-mo-cay.shop.json': '983931b89f46985039f58467e8a9209fa1b526b704e04e92613f2370a44456e5',
  'dua-phuoc-hiep.orders.jsonl': 'd650b3dbf936f6a0e4ce85ce15d2db51d4feb61bf878edd333286712b12127eb',
  'dua-phuoc-hiep.shop.json': 'ba333b546b447b2c99f2c61e8dc50c64aef1d09868eca7e96762e9ac7cc78a7f',
  'dua-sap-cau-ke-2.orders.jsonl': '410513a8203710c2d39f0812269707a6fb7e077b2f9bdde70d5932caccea0d64',
  'dua-sap-cau-ke-2.shop.json': 'e01ba87f1975025de3699e67aac8d6cf355ae9e11d8b3abe091dcb6558043d0e',
  'dua-sap-cau-ke.orders.jsonl': '7d90521d9b4dbe60409c26a1b415737c517ea374e9fa20fcc1e882204c034a3d',
  'dua-sap-cau-ke.shop.json': 'af40a1d841f38954b86be5af7a27e0cc345bc0be5c8d0260dfe79cc2c9ad8389',
  'duc-dong-nam-truc.orders.jsonl': 'bbc22e6940711e82df5f7ebd9609661aea1a9c7a8859c5dcf2aa8feed924059e',
  'duc-dong-nam-truc.shop.json': 'c36651e59b2e3c473040c5b54b49c5e28f7f0a82ca413c1c744c42f331febc93',
  'duc-dong-ngu-xa-2.orders.jsonl': '9013cdc214e3eb0c8c1c2ef5470e2c1cf9b04511c89a0445e47ae2813c3164d0',
  'duc-dong-ngu-xa-2.shop.json': 'f1d814b1c53a327d7e276acfcb121e4fa1c36271197b8857770466a7a4a0dd96',
  'duc-dong-ngu-xa.orders.jsonl': '70b5263bb85d4759538381aed252a52338b65f0b0dc42f483b3d55278a765fd2',
  'duc-dong-ngu-xa.shop.json': 'd1d6196995044efb24ac1f71387ea6fb42b2380042db05dee90155eeae7f7539',
  'duc-dong-thanh-thuy-2.orders.jsonl': 'aa7dfe339e076769df53506b4cdaf48367341c5efb855196a44d2af84f19723c',
  'duc-dong-thanh-thuy-2.shop.json': '75d090ef02f8dc01eb34cb6453cf2011120c9217303c825f7ed358a3e110a52e',
  'duc-dong-thanh-thuy.orders.jsonl': 'd7ae0a6c236d84ff5e613b2cd76b1856ff2f037fe1c73e1cdfbe5da06a91d7eb',
  'duc-dong-thanh-thuy.shop.json': '4f96b94abe729ca45aa4a936a7995cfb8bd00039be34afd8517b3e1bfb934d20',
  'duc-dong-tong-xa.orders.jsonl': '784310a6649f87bb0aa1b01155376238ed7c335b73b6170ab5e722d408da5ff0',
  'duc-dong-tong-xa.shop.json': 'c452aac05e4178443447ef6a394a3d53c6a60bc8109d880c31482bb6a5b2397c',
  'duc-dong-van-ha.orders.jsonl': '9d348702690f99a724809eb2dbd9294c505799eb92377158c6cc02305faddb94',
  'duc-dong-van-ha.shop.json': 'b70f99f9ed7c54e9c3da14b142334e40d8f0eb53df4eb0d44ca36fa66a78f367',
  'dung-cu-bep-silicon.orders.jsonl': 'c959795c33a325c57a5154d6c03b358157afba836dfc8179cb2cf33c29507534',
  'dung-cu-bep-silicon.shop.json': '1ed43d4135536032d5baf3b3eb70af8d691a8f6b62ea34bb305ae26c957e9331',
  'dung-cu-cam-trai.orders.jsonl': '2e038e75192774e2d2ccdf7dd1db100791d21facfa5e93735ed99bd3c67390b6',
  'dung-cu-cam-trai.shop.json': 'd5c0be624e763cab6fdacc41ac2ebc22cb12941e0fc41dc158032cc9b6cb63ae',
  'dung-cu-cat-co.orders.jsonl': '48bfdc907d465d426f9e970c6bacef4983f13483d844dc52bac7f34ef8e3ade1',
  'dung-cu-cat-co.shop.json': '86db2cd00b8d6e5e34735562f16fac17c04646229be4f614ba38124688bb1f69',
  'dung-cu-cat-tia-cay.orders.jsonl': 'bb2a96ab96bda10dfdb01571b003a9ec2a10cb8e9fbb206ef748afcefc56659f',
  'dung-cu-cat-tia-cay.shop.json': 'cbc926b1dd776b67b213e033784a1d34a3050ad9bbce87b71a0c7f12f3abdd0b',
  'dung-cu-cat-toc.orders.jsonl': '12ef63130ec14e62ee20332643a89570f3b0877cc00595f1010e00a1bdee9fc4',
  'dung-cu-cat-toc.shop.json': '939ede54add3b0ae5deb369991506f229eb1817d380f3c5d0c3d943dfb4400cc',
  'dung-cu-cau-ca.orders.jsonl': '147cd8911a40419cfdc54fd8b0f0f18f01a0560263e696bbcc1aa6843a89af00',
  'dung-cu-cau-ca.shop.json': 'f5f7fd821223c7c10aacf4909bcd4e49b8d9fd4e21713fcb9ae93b734abca7a3',
  'dung-cu-cau-long-san.orders.jsonl': '9b46fb8bba52d0fdbc039193d5ee1981dc16fd2adba441fb227287ea7e775beb',
  'dung-cu-cau-long-san.shop.json': '08cc98febbaf4854e1f35624e8dc4b535cccc857e85ec4c958d37d0b59e61fac',
  'dung-cu-cham-soc-moc.orders.jsonl': '75f38fcc9f21dfc1b4a219544909162a3bf5302ebfb9662078e486f82a0d0ca9',
  'dung-cu-cham-soc-moc.shop.json': 'e4b44bdca13aca42f1092970c95d2024ca158a8a2a4abc13a7482cf9279d1e33',
  'dung-cu-dien-cam-tay.orders.jsonl': '6947436775630f0bec697beb13d7cf570558dd379e0be5b770c2da7f96467972',
  'dung-cu-dien-cam-tay.shop.json': '8068d3b1c981e6d2ea9322398f38c5b363e1f54ff3aaf145138f3aaf97397357',
  'dung-cu-lam-banh.orders.jsonl': 'ee7cd40c79a8dfef88997049f043334337ab5d8a05daf203c754f7c2fc205a71',
  'dung-cu-lam-banh.shop.json': '9edb1f8c6dec16aba0fbf6ea820add4e9d8b96f2e5acba9a8b03a73382706221',
  'dung-cu-lam-nail.orders.jsonl': '94d9c4fb6aaf3d1b2698f7bfed00fd88cf7c5970c81789607e26dbf7e8487601',
  'dung-cu-lam-nail.shop.json': '421902876c1afb0049b9f6f28d87af0f67890d4ab17ab3e17a7e7dd6fe9fc541',
  'dung-cu-lam-vuon.orders.jsonl': '4b30fbdd5146d89f7c2314351693a966b6949e09ff028456d57073dd34093bdd',
  'dung-cu-lam-vuon.shop.json': '8abea46cd5af532d8ae8d5c3d6edbe91c5bb1d85100cb2d9afdccfd77e46e01c',
  'dung-cu-lau-nha.orders.jsonl': 'c4dc8d8887f9414630bd6f9402b71d76f0255fe660c5f45f974f471cf730b33d',
  'dung-cu-lau-nha.shop.json': 'dce7a305705890518e49a07bfe844e99c229611e8bce54c0018051fa03167696',
  'dung-cu-pha-che.orders.jsonl': '33c0684eb865715c6373640851070146c21331f0cf8b93cfbbee9b74acb071ed',
  'dung-cu-pha-che.shop.json': 'fdde568e49aedbda4f1f0dfdb184b613a0d34328ba8fa643b3458f307dd0800e',
  'dung-cu-son-dong-cao.orders.jsonl': '79550343269bbaf7260050da77913d0425f5b8dc92a77e16deed7f5919656091',
  'dung-cu-son-dong-cao.shop.json': '2fb1f6859e24d822924bd7d779d9889250711dbc68c44a2637b1bb8c2cd1b3c4',
  'dung-cu-sua-xe.orders.jsonl': '13e8f1741e71ae98688eae52ffd52fdccc09a5cb82e972925ca7fcaa20f5ae5c',
  'dung-cu-sua-xe.shop.json': 'c3c97e37e7edb523831c64d983a9c540233e6784b8859bee79c0fd844bd37a11',
  'dung-cu-thi-nghiem.orders.jsonl': '10b54eb01976650ba97813b2aa3de0a087bff4dc91011190911302ed22c1cead',
  'dung-cu-thi-nghiem.shop.json': '8d0ce29a2d7192255dd80ee32ca485b5b3c0838c99f7d4155aca68476428df11',
  'dung-cu-thu-y-trang-trai.orders.jsonl': '04773659779c16ae34bd23ee28f07276c929a171b6813f08acf920a444f71622',
  'dung-cu-thu-y-trang-trai.shop.json': '6110434df28eed2892103113d0707f6bc23abaa61080216bcadb9d0f21fb22b9',
  'dung-cu-ve-sinh-be-ca.orders.jsonl': '58d0cd933648a4c6231ffd2575ce1d0f81bd43b23472a96dd2042f00cbeb5ec4',
  'dung-cu-ve-sinh-be-ca.shop.json': 'd2e6197ffe7f17f70cd0f8b0ecc0a7bbbdf4a5674f071dff87694a9c9599b26a',
  'dung-cu-ve-sinh-giay.orders.jsonl': '2f13898e03b88c7e86e01a34c1c27c1d7b0a7ef6155f7c865bceadb7b1b62714',
  'dung-cu-ve-sinh-giay.shop.json': 'ec8b520421260a45e26b30e57c822f1dd40532fe986ee6402d93400ea8b90499',
  'dung-cu-ve-tranh.orders.jsonl': 'bf67121cfc19ddf53980cb6daa62fa0384be2be39072a333367467bf93c77b0a',
  'dung-cu-ve-tranh.shop.json': 'f2e56f815707b7fb3e6f28b7bb4f0a61d17b64a42a058a4a53a41ca108e63511',
  'dung-cu-vuon-da-sy.orders.jsonl': '761f04ccf313ca7c18462b90813f9ecc7930da314b7ea9071c29612f497e49c5',
  'dung-cu-vuon-da-sy.shop.json': 'bef07bfd5a9a10c0c7fc63e68f2dd03365d7136d977f7aeb11b3e2d24a16c404',
  'dung-cu-yoga.orders.jsonl': '7fc27c73665856847885ae65ae9d7b4adb6f1d82fd1622f3212cbb0acf3acdfe',
  'dung-cu-yoga.shop.json': '75205d15550dbdcee33047a9819c21a9756346ddd76621c1c80ae36998bb4d26',
  'duoc-lieu-dai-yen.orders.jsonl': '08b1b56de81e0e5ef5d0c51d85bec32b4512793a6acd4382d6adbde1dafd1c4d',
  'duoc-lieu-dai-yen.shop.json': '86308a7cbb7207de9e077344d460cd0ed20fa76b6ee2d301fadfb3e84bfc8cbd',
  'duoc-lieu-ninh-hiep.orders.jsonl': '693eec397d44868ae31815289d89837be409c8907b8cf8d122c659d65212ad32',
  'duoc-lieu-ninh-hiep.shop.json': '47109b3630cb27afb87343012252ffdbf58662e5c4f4b942998beff69a6a8f8b',
  'duoc-lieu-tu-mo-rong.orders.jsonl': 'b7702e96df892d585fe7741580f8ec58c98f2a2c03affc634ca58fb934ee1e94',
  'duoc-lieu-tu-mo-rong.shop.json': '56d96ea69b70de6eb855a01ffcc309ede150cb102091474311845c06925e6fe5',
  'duong-phen-mat-mia.orders.jsonl': 'dd51f417545ed22f736fcd06b92b14852c3118e4dcbae348704c56c1e7f42155',
  'duong-phen-mat-mia.shop.json': 'f262ed4df2b5ddc1770b4f4f388be10c3632cc514153b3549d109058aa5cb029',
  'duong-que-tinh-phong.orders.jsonl': '654e13fa42e1e67ec0239dd1fad8aeee4d8ac981ccc6564075ef9158ef092d95',
  'duong-que-tinh-phong.shop.json': '6eeb529c44a8639966a9e42882adac2c0bab7f495d148f43c0a3410c7931d509',
  'flan-xom-chua.orders.jsonl': 'ae2c5822de9e5d6ec45cf41985e152a278489c23b3dfe4a4e98be7778c37ed75',
  'flan-xom-chua.shop.json': 'cc4d9a5f3bcf3086548999ae0fadfb726b03abb1ba2623d1132990e9f962c477',
  'ga-ac-tan-lap.orders.jsonl': 'ee98d26d22b42e091ba8a3dfd0330bf318e18de766245dbd35097b9cf263b505',
  'ga-ac-tan-lap.shop.json': '5136ae3c0c03daa1517f18f10058c5d2b374c2adac45fa94b3742042e6bd479b',
  'ga-choi-dong-lam.orders.jsonl': '08b8f19a5bc16e95c11a8c4b3d69d89c99fa54927e3219f6904844c17cbc41d7',
  'ga-choi-dong-lam.shop.json': '836ce17d830715bf6c339502d67c98d82d73cde2a3373085c8f19134d1a8d001',
  'ga-dong-tao-2.orders.jsonl': '4895f96a37716aa6ab7de951e06a24b7169d24aa54d6b137a5e5657e2b9bcd6c',
  'ga-dong-tao-2.shop.json': '2f8ffe3a2103ca9e34e996b670f9250167e754b8147da6cb79a8458b31aa777a',
  'ga-dong-tao-khoai-chau-2.orders.jsonl': 'dcabefd607c723d282604d27815b04fe8653081454fe1685347e99f45b7cfcbd',
  'ga-dong-tao-khoai-chau-2.shop.json': '29c19643d749e79ea1ed4360de57adbf2493d769a8ee2e917bb63380a338fb79',
  'ga-dong-tao-khoai-chau.orders.jsonl': '6c30c86d69abde8855233ba51bab5f3199e3320c495ee999203141a79016e880',
  'ga-dong-tao-khoai-chau.shop.json': '9af738234c0d3a4a24ec3d165cbbdb80eabb93c8f96876776c48ac654344c058',
  'ga-dong-tao.orders.jsonl': '43d7d7d164c3fbba55ba90a04ba97081af62ed6b667394398dea53bce95e8b7c',
  'ga-dong-tao.shop.json': '1dadbdfa6ad5e179beb1c24f47266d09eaef6f0ff6795c74a02c3e877918ccd2',
  'ga-giuong-cotton.orders.jsonl': '20cafe9025fc954fbfb00469756d8f8ca5876e3555e0bfc9408b6bc761a678e3',
  'ga-giuong-cotton.shop.json': '9e5a9f75883c10fc562e4ec56403e78de5ab80d1e2492f04290455087150f819',
  'ga-nuong-hoa-phuoc.orders.jsonl': '4bff78365f1745bf83f9beea5ad3afb7b0637f5e89d6ad50bc2dd1b4d7687168',
  'ga-nuong-hoa-phuoc.shop.json': 'bd27bbaf109ea15474841f593bdd9ad78e23a590bfdef58bf7cc9609081a6f4b',
  'ga-quy-dong-tao.orders.jsonl': 'c035b547a4ec41c45dfb9e044cac150f305cbfb68a746bddb7ec248f3c460edc',
  'ga-quy-dong-tao.shop.json': '46cdb81eea8a0e3527a2e9a9f7f03e8fd4acd7f06a5c18169488d709dda0dd3c',
  'ga-vit-quay.orders.jsonl': '255f366da0b144af556368aa7b9d22619cd528d4590959b220be2ac1f6ba3869',
  'ga-vit-quay.shop.json': '382b016bc7d347638cd9c8f45366986b9b864363fa7f1fe44749f5df0ba35b31',
  'gac-bep-muong-la.orders.jsonl': '566fd1e3d74e03318e61daecf19e3ee9fa5645b6b15c3c3bb0ff37eb32920f52',
  'gac-bep-muong-la.shop.json': '557250db6558cddd782335898816f1564a697add3a4e71a91c9fae095df7ec3d',
  'gac-bep-muong-lo.orders.jsonl': '52a038564e2417b536240e1fbb6524e1fb80a39143cc94c9ceaa669e07a3ea99',
  'gac-bep-muong-lo.shop.json': 'c2831849a562cc1bb107019ba6f88b24e71ffa41f435d28f67d78f8684e1fe34',
  'gac-bep-muong-thanh.orders.jsonl': '94afd17de83115729db6c2b2fbc03ed546efd7709d465e5b56b2517680ca1621',
  'gac-bep-muong-thanh.shop.json': 'fa2255e91767bb3cb25f593941405e28b223771cd77b5995b51ba2b9928f4b66',
  'gach-gom-bat-trang.orders.jsonl': '49e47d9fe8967820ff4f1f73d580b888b6c753fd3bc9954491af17567cd12acd',
  'gach-gom-bat-trang.shop.json': 'bdb94103a14db30151ac6e3717006c7968354045e8d97b92294f141b7cda7d49',
  'gach-gom-mang-thit-2.orders.jsonl': '60fdc2281d9957315694bfb51bee7ceec681160dd54edbe4fbe59969a2f13f21',
  'gach-gom-mang-thit-2.shop.json': '3251900f2c28d0a6023edae5bf61018fd81972a04386cadd2a49fe2044071895',
  'gach-gom-mang-thit-3.orders.jsonl': '1e0d29a3afc52854cf249241273d0243834f8c602e9613092abfd6330d96b2e0',
  'gach-gom-mang-thit-3.shop.json': '578b1a931e98435ef4ebf6d9de99fc9516ca82c4e82e7534b012c84efa9b8b83',
  'gach-gom-mang-thit-4.orders.jsonl': 'ec53dda86f089205c57d2dcc8c5fc3db8dfa299a8f400698a7333c9ec8e8be20',
  'gach-gom-mang-thit-4.shop.json': '206337173b1ac19c933786c7f16121135b63cb76162272b8cbf446e25003d0fc',
  'gach-gom-mang-thit-5.orders.jsonl': 'df4ff4962576b1d9ce71106c6c6e1c61817f500ab65425a29776c73ba611fd4a',
  'gach-gom-mang-thit-5.shop.json': '763d9a25f19f10280c1a2211e595d5215d0d8bce6f6828f23244ead255ea9cd5',
  'gach-gom-mang-thit.orders.jsonl': 'be603be935265ef8b8d4973267c20b0a66830037ff8f66344ee3c508a874e746',
  'gach-gom-mang-thit.shop.json': '9c7ee388b484846d27446016612df52494f0f088ac2fbfe904bebb404e8036bc',
  'gach-men-bat-trang.orders.jsonl': 'fd276fc60e6952516b09ac22e9da439b15790d96a8371ddd72e393be18a91a54',
  'gach-men-bat-trang.shop.json': '5e56e689cb70c96b33881039b60ddc1305ab51a4d033aadda49330eb37b9d461',
  'gach-men-chu-dau-gom.orders.jsonl': 'bbca0fbd468065211917a6dd1b797344619fdedf91cb34c0b6918fe4976c0428',
  'gach-men-chu-dau-gom.shop.json': '3023e38335d2a64c409fa2858f3d7d34c2d994a752c7c8919dc6a2b0197d8081',
  'gach-ngoi-huong-canh.orders.jsonl': 'e25ef2c10eefc2f4e9f133dad89642ebd0b8e2e7a71e42d3a3641f14a65cb810',
  'gach-ngoi-huong-canh.shop.json': '6c7a0705bd5912bfa0637388efc6c3c17c20a376567bc3c54990ab5c47b5fd94',
  'gach-op-lat-san-vuon.orders.jsonl': '1f687742f7f14491f1294b04d93aedba1868af4c73ad028f64377b05cbdd2336',
  'gach-op-lat-san-vuon.shop.json': '6ad36e938aca13f3ba1de9a677cae9b2cd79375d560bdd35be2b7560e3a79d26',
  'gach-trang-tri-bat-trang.orders.jsonl': 'a2b79a124720f31720833fdce53df64a6071f65d80a82ebe1421b2c259962573',
  'gach-trang-tri-bat-trang.shop.json': '3b5bd121c1c33ab1b35b0ba5b4431eb94ae2b9c2792e2cd31be44663ed0e9f44',
  'gang-tay-bao-ho.orders.jsonl': 'd15354e75615c9e913a87ee82182da23569f2aafce517add8a977a6c0f9fa9be',
  'gang-tay-bao-ho.shop.json': '12a03a01f7b0ef087c2b3810acba7be57f861f8d62a6ca791e07c228290663d8',
  'gang-tay-y-te.orders.jsonl': 'a09348b3fd29d888a1357a6688874537a1474ced335c13076063d4abcd9acb82',
  'gang-tay-y-te.shop.json': '2600e0708a73243411978c876a9d6c71375b7f383013c2aafc7d2d373a957433',
  'gao-banh-thoi-long.orders.jsonl': 'afb04c553f9e25e6cb3774a89dbdd10bfad615f2fd74319e144123450a2a5501',
  'gao-banh-thoi-long.shop.json': 'e4b1b2c2175dbc832bc93787468ae924586d98f93447ab5fd188a0d12bb4df9a',
  'gao-dac-san.orders.jsonl': '333d6e522f212ccf82368e46a78147baed71226ac5a17181df3abb2f50eb8b3c',
  'gao-dac-san.shop.json': 'c77ff9d9da9131ed41eead3b7e25b67ee50a30de941793e17fed48c73f948388',
  'gao-hai-hau-2.orders.jsonl': '4a34fc45d9920d2a9f463cb0cefb970f6f5604d5655ea8fd83a70c16bc62c8b8',
  'gao-hai-hau-2.shop.json': '960751dbc04e23ee24a4e2728887c9d583a0f6000c905837b4b41d0e19fa793c',
  'gao-hai-hau.orders.jsonl': 'bd26b3023c24557104d7290562f6bdfe54f9c2063bfe8ecdca647738f5d700a8',
  'gao-hai-hau.shop.json': 'f6efb115420f6ddadd2ebc5469b89de954aba5bab8c1e769aac9a24dd258b92a',
  'gao-lut-ngu-coc.orders.jsonl': '37dcb22108527010571815ca5dea787f15ec5f1db88710ad8636e783ee4ef7da',
  'gao-lut-ngu-coc.shop.json': 'f809162f061ac11ae40c50725b07a2da523f50b128eca289c13d1e866ce097f5',
  'gao-my-xuyen.orders.jsonl': 'c3ed55f370d8764116c778c18b229724f432c0fa2eb7b66b2549da180f347a98',
  'gao-my-xuyen.shop.json': 'b0290019adc7cc78d86d2194a2aed825160c9c1fdff6216066051614e36823d5',
  'gao-nep-hai-hau.orders.jsonl': 'cde19dd8fbbf3da22a5c7226503ee36c46a83c98ece67f63ac03dde1d5a9a277',
  'gao-nep-hai-hau.shop.json': 'b0bf92c0a853eeda931bfa7450b8aa63d1f7609f2795ae1befe088267622d4e1',
  'gao-que-hiep-son.orders.jsonl': 'ca836f175477a1bb3b48d5d087798de73493e3bcb53d83f902823643488573c0',
  'gao-que-hiep-son.shop.json': '0ed1593ec2def0e95b16fd024527d1f11a70cbc9ec3763094f417457c2394f7e',
  'gao-que-my-xuyen.orders.jsonl': '1dd4465945dc9996cabb90c23e72f3a032a84307b129dfa29239fefeaefbb8be',
  'gao-que-my-xuyen.shop.json': '3480603662f25dc0e10375d4876127d1ce5ff7607555e64e22403854dfb4b788',
  'gao-tom-kho-can-duoc.orders.jsonl': '4f1f2a6f4deb0885484b049e998e7f228de9bf944895b037fafedf98a05b4456',
  'gao-tom-kho-can-duoc.shop.json': 'b9b426037281bab05b2782624b11ee8eae7c5b5e8f0343c84ec13cfe7b588d18',
  'gao-vung-hai-hau.orders.jsonl': '5da2badd2760e54ccd862ddb4f9fb650b30dda8f06e65dbefb011da26cb61c80',
  'gao-vung-hai-hau.shop.json': 'fcab63f76f5be5875128a17fd48b862e635f8efff681ba7304cecaa4ef9bfaa0',
  'gau-bong.orders.jsonl': 'f3f33bdf2c7365a85f3cf72906ac748ea00a63a262383a7562406347ed18c3e5',
  'gau-bong.shop.json': '4ad32f3454963b667aaaaf122d48d5b7655835f2639d8db3ecc0294e1a82528f',
  'ghe-sofa-mini.orders.jsonl': '0306f317c5dea8ddb759af149cc441fe6f9223feabee02d356f6f65944329291',
  'ghe-sofa-mini.shop.json': '2e993805af508924bbc639c6ccb87d8d0afae437912406636e4dceb1e06e3ddf',
  'ghe-van-phong.orders.jsonl': '15cf599e8580ce8f988dcf8a5868d2165e02f268ac53fa39dadb420d81f783ae',
  'ghe-van-phong.shop.json': 'b0274503a0292fbd16d3b24d14ed86d928c2d3b076d6a8890957ca91e752c3fc',
  'gia-cam-xuan-lai.orders.jsonl': '050abb64ab8fbf7372f0b18243580cb12d76f40343a7967d4d21d4417273555b',
  'gia-cam-xuan-lai.shop.json': '241d7853d130c0cadf6d72357990a946a42e247b2d2bcc436ee5c066a265e796',
  'gia-dung-da-hoi.orders.jsonl': '70f84382808b3ed5caab2557b625fc4871619f8004cbc8354838a969e3960c71',
  'gia-dung-da-hoi.shop.json': 'ac60111e877ef95fc41b6fd191a23d39eb31ef961a7f056f435291e9362f725d',
  'gia-dung-phung-xa.orders.jsonl': '141213a672b3ff0a3558fdfc44dcee1ac0bf6362d23004423a8a451c2d9a0b7a',
  'gia-dung-phung-xa.shop.json': '34929f8f41fa7a0a611be53061e57513f72d6a8a89a441c1c7c584f4d912fbe2',
  'gia-ke-sat-my-thuat.orders.jsonl': '9749af9a3573fb9456f1f66c3d0f2b998f6775dca2f4b808d8d7293e34fdabfa',
  'gia-ke-sat-my-thuat.shop.json': '110c1224533b6ed8e02886926cbf5c698defb05682a108cc7145c4afdb869bc8',
  'gia-phoi-inox-da-hoi.orders.jsonl': '24ef54ef9b2d3634d8937578ef3932657daebe7d0450c025d473b12119b32447',
  'gia-phoi-inox-da-hoi.shop.json': 'ff500db4f5ae5abb891a2f8b335b8766d66a35d39751c759a9af68304dfe77de',
  'gia-vi-nhap-khau.orders.jsonl': '2e7717339fdb7ae087937b19a1774f59c6b2310f9f09b4b5fd2af7ae77b77452',
  'gia-vi-nhap-khau.shop.json': '5a743b776a776c854bb44713feccc4ba9e78b8dcf7c23aede2e116e9cc7e562f',
  'gia-vi-tay-bac.orders.jsonl': '7276cbd4e056f077ccab8d2fa3d05eccc65e1233e5703fa825f1086652183187',
  'gia-vi-tay-bac.shop.json': 'f1b3427eeef7f15377be5161b829211f56ee3d1f45a6402f7cb17789eab3816f',
  'giai-khat-tan-phu.orders.jsonl': 'f5b01888c905352ebd702609de19e513d8e65b8a83e860e718f4b50225e6e2b1',
  'giai-khat-tan-phu.shop.json': 'afd85723c10ac7247a588249eff16422f54d82da62c92594ff957f08305aeb6c',
  'giai-khat-tra-que.orders.jsonl': '3aa27d02d99d467b394415b68f65f65235c090f5063b3c950c180cd43bb6b182',
  'giai-khat-tra-que.shop.json': '0ebc14efe274e49dd1fc37c3629806f188e4cce7f3cf3255bac60f23716432fb',
  'giam-men-lang-van.orders.jsonl': '5f049acea800ed82559a8ace23921e4a736a588945abd09dd236a458dd8e70e7',
  'giam-men-lang-van.shop.json': 'c29ed84b6258881a5e7f55b388af743e211b00307509bf38a4369abc92c10b3f',
  'giay-bao-ho.orders.jsonl': '8af25b385e39a089e6e9bd8f97c8c711ea5ea083362e940b3117c01600cec71a',
  'giay-bao-ho.shop.json': 'bf337f0b8c3e83c48241df73dc535b8600e3663b6db19c19d86e21e3e5c30c3f',
  'giay-cao-got.orders.jsonl': '811031a446334d7bdcaebdab669bbe766d8688e2460c0076111f0ab3587eae54',
  'giay-cao-got.shop.json': '0427fc89ef9a5f9c8347a4df4feb44a330384fe7043f9db4cd6614aeaaee734c',
  'giay-da-phu-yen-2.orders.jsonl': '01658db72c1861a5a36517a891834e9b4d3e47fe8e199bae3247f4a8ffdeead9',
  'giay-da-phu-yen-2.shop.json': 'f5d4851f9c15caf63d692027f1594133384815dd49788ae40ce6c50eef79ce32',
  'giay-da-phu-yen.orders.jsonl': 'b4b5561a8c6f0262dcd200b3d4c9de74c5639e3b4287534c8ec2e8170224e5e0',
  'giay-da-phu-yen.shop.json': 'e5cea70e816de4dba703ffa706562f4e01de0288ceb41ab97e0f678d12779641',
  'giay-da-tan-lap.orders.jsonl': '40138b9aff7fb7f6b30888b55218a20d728f1de4bf9935dc73f5f9db60129098',
  'giay-da-tan-lap.shop.json': 'e2080094e55a60de2b54a910d272776f4ea28d73aa86e582793eb5e86e0a9cf6',
  'giay-dan-tuong.orders.jsonl': 'f8b52c51ad8d3bbc88269be7288f89b136ddd7b80ca04ee85f512c86a3dc6fa1',
  'giay-dan-tuong.shop.json': '56747bf49897942d11c878ca14f7365c1c9bbcd2b42851197c039bc3c73aa0c7',
  'giay-decal-in.orders.jsonl': '71b52c1beb0839828aca243495d6a286d65831f6adf900a49b9433fa16032804',
  'giay-decal-in.shop.json': 'dc76621d15d1492140ab5012947086636faf70bd61a749c801f9d5e9f715e77d',
  'giay-dep-cao-su-dai-dong.orders.jsonl': '83255a2f7a8fc20b8ffd395e2340e46b41a4aed38d78e7817bde9892e5ab9033',
  'giay-dep-cao-su-dai-dong.shop.json': '55f705d53666c6289d1a7f534ea4da90b1c467454b20c093be86feb7e3cb44f4',
  'giay-dep-dong-xa.orders.jsonl': 'ef9f643a72bb38d455525118649ec6803009b61b652f62eff0e14a7f13e4c422',
  'giay-dep-dong-xa.shop.json': 'f8cfff442dbb24d595b8c3f9a780e20b07216da94725f2debd0ffd06e0e1e31f',
  'giay-dep-nam.orders.jsonl': '1b6e6e209c2cf902548eafb66a7da872064db846c8b722b0b3cf41a32e1e6518',
  'giay-dep-nam.shop.json': '1a0a016460ef56fa3b3919dd6331f919b6a6ed0bfdf5af0fc02fe6fe0e774eb0',
  'giay-dep-phu-yen.orders.jsonl': 'cf8b42a5e254610802ac4c2657d04465fc9cd35f80110b807ab43ddef66631ff',
  'giay-dep-phu-yen.shop.json': 'c52a47277c5b55c07efdc6d8b1c90c72f0fbb7d65b7429eb0b7cc61a6cb9817e',
  'giay-do-duong-o-2.orders.jsonl': 'e8b060efed2751fb6905d62fc5f2544b0b9362102266685f1706808fc5c3427a',
  'giay-do-duong-o-2.shop.json': 'cfaf000c7ed10489135814177a29c4a9e04048da60154ec8af1437ce637df75c',
  'giay-do-duong-o.orders.jsonl': '3e266db4223bf988e3fcff4755134191079616dfe389adfacbfd0b5bf3e68044',
  'giay-do-duong-o.shop.json': '78024f977ea8e92dcd5f5f2cc9d05629c2d94d5585672055d0d432a12453489e',
  'giay-do-phong-khe.orders.jsonl': 'ae26893aa704ed7e3aa77d97fc2872ed052f1e8627d24a8527c67c9483ad8c38',
  'giay-do-phong-khe.shop.json': '7e2bdec878a939c15a8a8963682d39a73b5459c98ca691b0c1ed8aee182722e5',
  'giay-do-yen-thai-2.orders.jsonl': 'af6ca0d0083e91adbac02eccfe25e2f44a0cab56a9560b8ca6bf33b0f94fe597',
  'giay-do-yen-thai-2.shop.json': '03d22abc5e9f891fbb446971957ca79e6c7f4b0daa7fbe2741294b6d4afce576',
  'giay-do-yen-thai.orders.jsonl': '02f8341e0dc553a75b625957a0b768169790235abeef481ad4c8e30d96c460c7',
  'giay-do-yen-thai.shop.json': '9934a2d7ef1f5de584911fc73cb14ec895813bd98669397a2ec00ca5c1ccec37',
  'giay-goi-qua.orders.jsonl': 'd94ec11731d4fb1c80cc165e1a9fb48bbbca85c72c907a9ebd613a6f5cfa3ff0',
  'giay-goi-qua.shop.json': '3a44a4f8d4fc8766ed535d9470dc583ab8466148371cb1bd9ab8c2bdce4abccf',
  'giay-in-a4.orders.jsonl': '0dd05aa49f645546e543f079fafc4229625676827faea035e6b702bf1e579f70',
  'giay-in-a4.shop.json': 'c081b78a911d680a40564ba9b5dee6ccee7bf1ac99d3a3045674f99b11deb5d7',
  'giay-in-nhiet-bill.orders.jsonl': 'd7d8db36d53b23b983bcf447cbf885e65a259a0620f6ac1082f4514149175ce4',
  'giay-in-nhiet-bill.shop.json': 'd527852fec7ea7f6fbceabfe32a0580f183aba60a6b3613024933f58c222cf91',
  'giay-nham-vat-tu-mai.orders.jsonl': '36af04caaf24c6428f8c33c37dd85c44cdb8e86950c130c67769617db7b61eaa',
  'giay-nham-vat-tu-mai.shop.json': 'f48129e3a9e3df7dfba9e950ae152fb63984e0d1efe507d35a4d3e9175133d5c',
  'giay-the-thao.orders.jsonl': 'aa49e7aae3cd80c97bffc194191b9a79b66c855fa4607305d880358bfce5568f',
  'giay-the-thao.shop.json': '09e4ee18433416f0a33ebfff4962a0e90a3b9dcee8c2546521b735d1ebed727d',
  'giay-tre-em.orders.jsonl': '526382af60800bfa0c5d968fa6dafde381641d8236f0a920218c24390de95f09',
  'giay-tre-em.shop.json': 'e9994d2d736d741dc66d87aa742351e2cc41f2965c12e525ed814492f51ab3aa',
  'giay-ve-sinh-khan-giay.orders.jsonl': 'd2e3d52dacd75f5733721fca8cf67a886deceba0d2f9fda7001b57a96c759dfb',
  'giay-ve-sinh-khan-giay.shop.json': 'b4bee04a22a3f73a159f793baddb2a799794a337221ec7bf4f173bfba2a28b52',
  'giay-vo-hoc-sinh.orders.jsonl': '52ebb6050bb25a8963817385643161e3c16a543a3124bad1ea83dc438a769bac',
  'giay-vo-hoc-sinh.shop.json': '7ad09d47277d3a0c16483d60c51e2668630aeb819e41f3511abf0a478befdfe7',
  'giay-vo-phong-khe.orders.jsonl': 'b9f5b10e3bd2b5f272731589d723d6259d010b6bb0641c26b5eec2767c51d036',
  'giay-vo-phong-khe.shop.json': '7882af49348b405390eb27e7c0d124066d564f8b37ef6952480b549eee5e6ce5',
  'gio-cha-chuoi-ngu-dai-hoang.orders.jsonl': '009c631d82f6408c7d83b04734dbe32372ff43b9ccbf4af17977d5031c9bd186',
  'gio-cha-chuoi-ngu-dai-hoang.shop.json': 'b54ee2eda3b35c011bdb8f6f7593541485e21f2ab7b1578f755a48fdb6091513',
  'gio-cha-ga-doi-tam-duong.orders.jsonl': '6279aaa2ec862f1a09a9709557b665240167809e7f54bfd362495a6492a9ee87',
  'gio-cha-ga-doi-tam-duong.shop.json': '726ba10f8870e8389904c1d5485c9a118f7e9b0c97b4c5cbc5d63510ea370e6c',
  'gio-cha-uoc-le-2.orders.jsonl': 'c7b3a1712583a9937804a920508479a35607f22a945384a7b5f022b96746c7d3',
  'gio-cha-uoc-le-2.shop.json': '15f7f3ddd09cd731b39366d79559b53916e9624f34cc378fd824977449d05eeb',
  'gio-cha-uoc-le-3.orders.jsonl': 'd3a42b29d609892281965a49f2fccd98f2129cf2da808b4d3ea84d17bbabea29',
  'gio-cha-uoc-le-3.shop.json': 'd817b2208bc5080748c08ccb488257349f90d5818972e1fe942126c21010d623',
  'gio-cha-uoc-le-4.orders.jsonl': '035bcf1a85ef65fdc32159d4fbf4263322808d0e473fcd1dbd5a373874343730',
  'gio-cha-uoc-le-4.shop.json': '757b905b88c961acc799da7bd41ba9ada49b7792e3751c16bde6cfd21f0e8f89',
  'gio-cha-uoc-le-5.orders.jsonl': '9e1bb1706adbf597891c073841b45dd94a8588888c868ce04c345dc44046757f',
  'gio-cha-uoc-le-5.shop.json': 'b3e54b3c376a98a2ee205dd990ea33b19a599e0ee8ab972087e19be3ea30b17f',
  'gio-cha-uoc-le.orders.jsonl': 'f993b9f8f48dd4f24ae5d34c502b0e7140a950861c72c056f82fa46310d4ccc7',
  'gio-cha-uoc-le.shop.json': '307847ba1cdfa3c8a467c4f20931a8af9057d92b75728a8bf4ffdab7a8f82c57',
  'gio-nhua-dan-tay.orders.jsonl': 'd78f8f9920186d48617d7e77ddff3827cd046e196a0acc157dae66d2418ca0f2',
  'gio-nhua-dan-tay.shop.json': '5f5291da066840e553e6b487dd2e9614af382106151dc1f57ad6897fde2c41f6',
  'giong-cay-phu-dong.orders.jsonl': '9d48fb2a0dbcfdf53fa61b85c581929c96cb5224676d0c4c677a740d331aba46',
  'giong-cay-phu-dong.shop.json': 'bdad67f5686fef229e8dc74fb4f8e84339145ed598934956174aa8cba8ef376a',
  'giong-thuy-san-tien-dong.orders.jsonl': '08b290fad9c482965f478949cb3796be9596893c1e61c185c90ce7e9d50b1fb4',
  'giong-thuy-san-tien-dong.shop.json': 'a8cc96bc5cde24a7098155dac529313b3f0dcc439f02bb453ca14adc926f2a00',
  'go-bao-ha-tho-cam-sa-pa.orders.jsonl': 'd0f46dbd4cb76b3541fd1d72f64b2fc88975808aa35b2dc2a1a73088d88e1b60',
  'go-bao-ha-tho-cam-sa-pa.shop.json': 'bb21bdb80b07d2c12b1f6de917b6e7abe3d82cc8c34291225e0918d8606dff58',
  'go-dong-ky.orders.jsonl': 'fb36fd9c6930cb373eeef948ae959ed3be6cea29773a738c00bed0d552f5f81d',
  'go-dong-ky.shop.json': '410bc70e0c2e82194b0ad40a6a1bae20b1cefbcd4e125bc9eaf6eb37752d0c3d',
  'go-lua-tan-lap.orders.jsonl': 'cb8d9066feac9f56ecdf01b6b133915e185a6e96b11c7dddef9bc74ad2488c29',
  'go-lua-tan-lap.shop.json': '63aa5503d6a1740b6f4108b8bd624a886d9ac8ed9a285e8588db5908b63dd1c2',
  'go-my-nghe-dong-ky.orders.jsonl': 'c37ba93eedc4bc47dc2a611ebb94463c719db3b2426e137dc240a431b9f174cd',
  'go-my-nghe-dong-ky.shop.json': '12af40727ce68ec9046a06616638eaaa4acbf14f974848548a5c1244e32efdf4',
  'go-my-nghe-la-xuyen.orders.jsonl': 'cc0be3725983817f78736f906c24cdca962d78ec80a72a6b12b1c80a28f7ccac',
  'go-my-nghe-la-xuyen.shop.json': 'fa32c3964a614f63104336f5a9b8eee36261a339a8c14d867dba603d51057016',
  'go-my-nghe-phu-khe.orders.jsonl': '34b95fddbd8b802219e230b356d2e6001db74fe236133816b097a75f2232cf02',
  'go-my-nghe-phu-khe.shop.json': '0c3b5d4000be4dd9581894d8e0624975d5467087c5b2cb0f79b0a959938629b1',
  'go-phu-khe-2.orders.jsonl': '6f3fc7c1d87c2d142d381666aede359db82893a0c085764f405ff3eca8ee84d8',
  'go-phu-khe-2.shop.json': '2442ed95d6fd472e257cc748cd1e2f4180f5a2c582bbc8ddcfca749aa45c0245',
  'go-phu-khe-3.orders.jsonl': '261337c93b71ef524ce3a0c639c88e45b49265a6faf8880a67444937f59164af',
  'go-phu-khe-3.shop.json': '91e9c970d06072cf921ae1e7da22708090d4471f874d1eab78e4a2f55adf51ef',
  'go-phu-khe.orders.jsonl': '26ca94dc6662c376a21eb2a99af9ded9493a9fb84e1bb400cd6a6dc6c7b0d301',
  'go-phu-khe.shop.json': 'e38a5372dc7829281ad7aa52714b6d59ca36608974294e7b89f0ddee47bbf8ef',
  'goi-cao-su-goi-theu.orders.jsonl': 'f62e4d277c5296e79922e333b0923b8ff90b70005e283b909588322edd355983',
  'goi-cao-su-goi-theu.shop.json': '686109b4e86251d4046f900c514f1d494b45c5769c9430baaf17fb11fdea12eb',
  'goi-cuon-trang-bang.orders.jsonl': 'ced3474e7ca03e6cafc67116ee23153b66a84346d1b837d6815c177d963393fd',
  'goi-cuon-trang-bang.shop.json': 'bf590db58c6f98e9c88d9719ece940df5e7127cf77b9a0be378f5094d8a5244d',
  'goi-ngu-em-be.orders.jsonl': '1ebe58dffaccce91b80afefd4f64c17406cae5d4df87686ae9c3195bdaf3cce4',
  'goi-ngu-em-be.shop.json': 'cb257ca7303ce8c47b868cbc77b192c63ffbdbf5222b499ca0b09563cd921730',
  'goi-rem-la-phu.orders.jsonl': 'ed4da89dfac5c9d1ceef8949ea6d5f957bc888108611a3fd04a0ea8fb9c96f99',
  'goi-rem-la-phu.shop.json': 'a8519f9cd89255007e0a181f14462a31aee32f6cda9d661ad694b987f934f576',
  'goi-tua-lung-co.orders.jsonl': 'b6a7a0c915006764dbb256f5c031734af330b76264b7ce93b8b99d2cb7603368',
  'goi-tua-lung-co.shop.json': 'c1b2c591beedaaa8ff152724a803e311cce32b77af5c2a1b951014d8a0795f86',
  'gom-bat-trang-2.orders.jsonl': '42f1ad4b15d657045b3103eb07b21ee8c39d7b9b0e9911e55cd096068a7e8768',
  'gom-bat-trang-2.shop.json': '40f23ad475917640dba742300f6740aaf3a996d90de7b03099b514c47afc5828',
  'gom-bat-trang.orders.jsonl': 'a21d4c27d6b94d9811510be2706fa77a08ae8f8bfde83b3becb39e58522f57be',
  'gom-bat-trang.shop.json': 'da219b4ea4fbb13b2c215168946fc66d5bc1e8cfd77cde229362e4288ef3bfb7',
  'gom-bau-truc-2.orders.jsonl': '19acf568f5fc6b7ef968f815f8690392e3bac7ad5e478a808601047bf74460ce',
  'gom-bau-truc-2.shop.json': '1a183a2a2d1089d6ce6e7b6e4df3711b6f2b6bc7407aa939bfc26383b3de56f7',
  'gom-bau-truc-3.orders.jsonl': '016f4189eb60e25c068ce01284b84cdefef9fbba5c9df8510961e12909bc310d',
  'gom-bau-truc-3.shop.json': 'e2eda8b468c134be8e79b16957378d4c9f3ecad060b54c4a5fc762bff7ac2afc',
  'gom-bau-truc-4.orders.jsonl': '9c72794cd3b0137baa280a0ec74096847ce6cac1e3155b7768f95f59f576dab9',
  'gom-bau-truc-4.shop.json': '13167e93ccfbbb837be010f22dde2c11f2bc051c0ba44392a3a69fe22113f3c3',
  'gom-bau-truc-tho-cam-my-nghiep.orders.jsonl': 'b479768d6ccfc0f0f146f6f55736f159b234138939b8de8439d854cd4f0fb742',
  'gom-bau-truc-tho-cam-my-nghiep.shop.json': '6555ff561df3ab18ce09c4d255ed6b14b2346e6979c3f1c6a6b45ac346e99384',
  'gom-bau-truc.orders.jsonl': 'c55c8f6073188391a38dc0d3bba47e09bd51f2ca7b69edd9c1097f00e7154bbf',
  'gom-bau-truc.shop.json': 'cf390a5f69fa439050ca133e1c3c2cba997e6a0a07203d876612f0190c06bfed',
  'gom-cham-bau-truc.orders.jsonl': 'd3bda21a49181fd49a8904637025e58ca989eda092c733407cb3a32a14d74582',
  'gom-cham-bau-truc.shop.json': 'd40def547ff6c72f0eb5d067351cdb1ea3ce034ed4342e7693a00d5ef93f800c',
  'gom-chu-dau-2.orders.jsonl': '7f673759eacfdac778e58ec915ad64616dcd25886bbc64f4a694df5b0f902f29',
  'gom-chu-dau-2.shop.json': 'e5337aa3b306152e389b1f1c6e106ac4e4e13f5c0615b56113c6b5d1295909b0',
  'gom-chu-dau-3.orders.jsonl': '17de83c8caeb302158970c5f359f9929ec8364dd81722211ae9005f48b7755be',
  'gom-chu-dau-3.shop.json': '51c9abf927c324721db417d3d1f4222258824dfd9736a70b0a08d39087d0f3ce',
  'gom-chu-dau-4.orders.jsonl': 'fcb42e2ae454129cc7b69ee49c3496a487ffdec412b99886490e21b403950c89',
  'gom-chu-dau-4.shop.json': '382a70550db8b7fa0eea2e2901d8a6fc9384364ee4907345d8e1814a62a6d8c1',
  'gom-chu-dau-5.orders.jsonl': '03553d0e814da567098f32f9711f2475d6a4d6048d1e652d56f57a9a31abe103',
  'gom-chu-dau-5.shop.json': 'e91a502b2d98a83d67e358675a470d66cc4860773a7d0372e5d61166e316f369',
  'gom-chu-dau-6.orders.jsonl': '4b64fa55e2c08ac2e7f1bacc660f7b86cbcf1f873986b0e1bc3ccae569e5eba6',
  'gom-chu-dau-6.shop.json': 'e063edcef643cb06cfb80247ceaf772b84abcd10b834338b3244c3b460705906',
  'gom-chu-dau.orders.jsonl': 'ec82cb6736734e4b547f95a1a69bb604fc7506474674e2c392f81cfa0968f7f1',
  'gom-chu-dau.shop.json': '4103ce5dab7cad1c088b9e9a1cdfc1d0257ec6ac72dc08e65db5c412d8f237fb',
  'gom-dat-nung-binh-luong.orders.jsonl': '83010177615f78c4b405c07c717ceb1243e1980eee2c3892af7db01ae07f25c4',
  'gom-dat-nung-binh-luong.shop.json': 'd355979cc31e24dfcb792811594564a839f6f91bbf6dfee936bd2a9828d39272',
  'gom-den-bat-trang.orders.jsonl': '449fc49350203352875d1491e08551bafcd25b8c851df13da1838725c4d55fb2',
  'gom-den-bat-trang.shop.json': '7a890c7f748739fd68ba8a351d4ae1f7d12f9a64d8bb85bd576c836db13da756',
  'gom-do-mang-thit.orders.jsonl': '94f6ce05e01ebe8bb82cd8875c469eb8eedfec9d32d6e607689805a1f03c760d',
  'gom-do-mang-thit.shop.json': '79280a7a5adddba24aed58aa1d2e2e9cfd902e86d6b71e6a830ce2070e050126',
  'gom-giang-cao-2.orders.jsonl': '2bcccf3040de56005f0abe0a1d0567ad106fadb4e985c1a419f9cf07dbfeafac',
  'gom-giang-cao-2.shop.json': '7dfdf4d622321d25fd71e58711d74f178e216ab1c4dac1667b7441708de0c2a4',
  'gom-giang-cao-3.orders.jsonl': 'd8a02f376437781e3d73217739bf176f51b4656607ad112eea9d75945991d6b4',
  'gom-giang-cao-3.shop.json': '72aa719f76742653deb1921a747bda4779e6b4c910d028ac1757c78fa7a9fc45',
  'gom-giang-cao-bat-trang.orders.jsonl': '1cdc9aeb2423be18ed7a743e8155fee2be71d157d997744c505e01f6e634d55e',
  'gom-giang-cao-bat-trang.shop.json': '521b5a2da82c00928baac96b7b1d37cb7f66cd8883aafc86499683c2aefcfdd0',
  'gom-giang-cao.orders.jsonl': '08dba193250095c607c5869194f33e5a67f9ee0c8b7a8678c22b57ae66e46cfd',
  'gom-giang-cao.shop.json': '4ac9e1d057bcc80183f3cb64c7f4bcf68a6d3f9e74b93c24eb0f3e3cf30749da',
  'gom-giay-phao-binh-da.orders.jsonl': '1b94ca86374ac96a5145feebf8c0b15c430fccdf59acb3f473c73f4577610c2d',
  'gom-giay-phao-binh-da.shop.json': '2073aad0f545db48c4cadf3ace9873747ade9c0749a82ac72d162e9afd4d2979',
  'gom-huong-canh-2.orders.jsonl': '1c9490a39f6de4da0a00f4301f5cc4ac645fd5ab12ea5ce5e707426fad0e5254',
  'gom-huong-canh-2.shop.json': 'fd37ccbcdbcf2069b991177c2f7e7fc72463b80be9ca9f2e3c250920d9269f7a',
  'gom-huong-canh-3.orders.jsonl': 'c229b5e3a18e7506484616cb42f7cc1291d13d415067cd476ced50a05bf35f1a',
  'gom-huong-canh-3.shop.json': 'd454ef8a4b1fa66fa245efb3c9f2f0707bb00c9ab9a1caef1694b94c2421957b',
  'gom-huong-canh-4.orders.jsonl': '78ee582b68047d83df850ef6cd35c871a0ecf01a59ace7e90c4245ecf0965e22',
  'gom-huong-canh-4.shop.json': '0e5ccb7361e04186184d82e7e63ed5d2a1f14963939a6ef773c5eee808f11f5d',
  'gom-huong-canh-5.orders.jsonl': '091f5a39076b16bef5f0f9ed642c22d8300bebedbb2f8361ab6e9417b8496bc5',
  'gom-huong-canh-5.shop.json': '97e3a3b450a2ae677cee6215f801f72553b43fd954428f77b809f16157135bd1',
  'gom-huong-canh-6.orders.jsonl': '240b10bc7aa50c01f64b0a41bb6aac819e12ba09a923fbc407b156ce0c3b2334',
  'gom-huong-canh-6.shop.json': '88352e3a62e8e21fc8d6ce8205ae8639c359f92e0f3c41fde9fca7fc1580c31a',
  'gom-huong-canh.orders.jsonl': '7dff761b3956b480fa011e60b5475f99c67d2d16237bb2345db4e08a4987cdd0',
  'gom-huong-canh.shop.json': '5ec33e7cba3e6c4239f8a38f59ad8e4ea4c3c45365b898121cc0f9114e08ee79',
  'gom-kim-lan-2.orders.jsonl': 'c583bc4e4da5d6cf69e08e24db1624e6fb6fbd38c128bb3baba84959b5dc95da',
  'gom-kim-lan-2.shop.json': '0b6a8c795bc979d62ff6794d67c56d607b5bf238a8c25d0f7c9009776027805b',
  'gom-kim-lan-3.orders.jsonl': 'b0261fe42d726b127ac20a5db2bc058904b3fafcb168d94328cc227df683bbe6',
  'gom-kim-lan-3.shop.json': 'f7a72cd5afc198ee75f53e61bbaf916d24c4c9746d1bafc824bfb688e8646078',
  'gom-kim-lan.orders.jsonl': '96a09c785e232cce8767748e6e2bed67865e6ce8c78d283d71d18049985743ef',
  'gom-kim-lan.shop.json': 'beeca28ce47d41c94cb47ba0b14c7d6755c619a39432f87b5531ee11f0e1fe06',
  'gom-lai-thieu.orders.jsonl': 'dd9d0d0f67629589246b3adbea873ef201bbb1e232b0d00b2d017234ad5c2ec7',
  'gom-lai-thieu.shop.json': 'dfd38b65018a35e16603a08a7d602bee52f618f6c0cbc1baede83b55c866faad',
  'gom-mang-cut-lai-thieu.orders.jsonl': 'd2d324eed0da8e6e9bfb44972a771b9e97d7c586d22d48fdf1580438c6dd378d',
  'gom-mang-cut-lai-thieu.shop.json': 'd48a64b0277d3452cb7b488266b9c645c0053ed51ae896261688bc5670fbc9ef',
  'gom-men-bat-trang-2.orders.jsonl': '7642391967e1847c68c1deb57ee9de85a0903c40d47af0ba294529de996a8bac',
  'gom-men-bat-trang-2.shop.json': 'fa4d4392aa83bd590e5529eef9c3975456c5278eaa3f8d5c49986eae7e4bf807',
  'gom-men-bat-trang-3.orders.jsonl': '8e9bc9cbf3d67472b43c12923c609e863aba52d2185066868e26eac9dd91d544',
  'gom-men-bat-trang-3.shop.json': '5183da900302414a8e222a600361655553c724d68737dd2f7ddc012c49ff17a4',
  'gom-men-bat-trang-4.orders.jsonl': '2d1092ac5a1568d18cd36265b8395d0c75a8438eeb083098623bb54f2d26534a',
  'gom-men-bat-trang-4.shop.json': '8765b7c0898cd0732cd3406d67e224e3d8b8facc537d463148616a7ce7183ede',
  'gom-men-bat-trang.orders.jsonl': '29ca44840b310eaebb1f9e9a8f882b0d8099106a5b69c71701300207b47364a8',
  'gom-men-bat-trang.shop.json': '774352e31ac41363ebcd0eb883a5a4ec63d81e0b5337ae8b1883cf57e9eaa818',
  'gom-phu-lang-10.orders.jsonl': '9bfd5c9220aaa08239833767b032c97527aecfb9ea8f4175383a4e2cb856ca52',
  'gom-phu-lang-10.shop.json': '3d7c266c55a87d03309641a222c12298a67c81ed985eb33fa4d8f084a34388fd',
  'gom-phu-lang-2.orders.jsonl': '4ce97768314d0fbab2f6c02e483e086b1dc22a3b3bd250ce3aa306c8a37d9ba6',
  'gom-phu-lang-2.shop.json': 'd8737a6fdbc9c4506d14a2b8e594d17fed1fca97a65eea6ebfc28e3cc638e1c9',
  'gom-phu-lang-3.orders.jsonl': 'e2a72132a3c050f58d403cdc1f81a7b0699664b0ed2c3e1f9fa171a753afd94b',
  'gom-phu-lang-3.shop.json': 'b2fd38401fb5db8d723016e14568cce57c82286d709e2623fe6f3213eb978510',
  'gom-phu-lang-4.orders.jsonl': '42a8452e9cac30f9bfc146b0c29629b53c62426cfac3382c8af0b3744045ee0f',
  'gom-phu-lang-4.shop.json': 'a40f54b4680e7af31b705d5a051ad601bde59f716119634ee4781bfec18a6416',
  'gom-phu-lang-5.orders.jsonl': 'ca06fa22a32bb7937e4f4687da4326c098f41c516320fb81a9d3a66a1e1e4fc9',
  'gom-phu-lang-5.shop.json': 'a6e2f060e3298412006a08c672e41639ee291cb8f33db675cdb6b7eff9311c1d',
  'gom-phu-lang-6.orders.jsonl': 'e3f36c3407b1739c5500c9a7ca5350835e99a101b4b339176b640a0765a792ed',
  'gom-phu-lang-6.shop.json': '2d45db76c4ac3626374cfb729c2feea0602f265f494c545ba633e095bdf404c8',
  'gom-phu-lang-7.orders.jsonl': '9b68805c12bfd07355dd1e6d3b8ea70bb3841540df328a5609b77353320a3949',
  'gom-phu-lang-7.shop.json': 'db02bbc53a153c3602ce07e3a4d58cb52db180e6430b03c5078decaba6a8ae22',
  'gom-phu-lang-8.orders.jsonl': '428527a9d291e9fab42ee2cd016738e6e87145dcd3b01f94821475071c4093cc',
  'gom-phu-lang-8.shop.json': '4f925e8455d395900bfef8ff75a85b0e21472000e3ff828db6a624484db698e2',
  'gom-phu-lang-9.orders.jsonl': 'e8450543539206dc62b529fbcbcbf1d0164e04f41e03c60fef3becbca733cdcb',
  'gom-phu-lang-9.shop.json': 'ad67810e71b500615aa5f63f0acdaac3e9daa9636f4d8746e8d0c1d562bc687f',
  'gom-phu-lang.orders.jsonl': 'f9215bfcb3f8ddacc84a40c61b69ad345acaa52b7bb763f4285a7bb117ad7b15',
  'gom-phu-lang.shop.json': 'bc4a1f7202bac46cfdf55808dbe84dc1b4a051ad80d958e3e19d98ef66b91751',
  'gom-phuoc-tich-2.orders.jsonl': 'c84898ef620d26913c28e87dee330ff3affaadd234570eb099a93b11a542d524',
  'gom-phuoc-tich-2.shop.json': 'e6a5e2725e6a5d9d73ad38c88416beb2b0f9588d001f7e95afeac4033b3002e9',
  'gom-phuoc-tich-3.orders.jsonl': 'f288989538cb0aa17b6133ca749c177f85c41bb8e2abfee04ead5f41dab2c770',
  'gom-phuoc-tich-3.shop.json': 'b769ad7642ee79607a2d157b8d6875eaab60e24052f133408f1449d8cf56d9c7',
  'gom-phuoc-tich-4.orders.jsonl': '1ea4c20972e2dc3f38a24183f44d9d83c3581a22f255df0902a865f0f46a1343',
  'gom-phuoc-tich-4.shop.json': '4cfb5ee6d6ec783bf44fbee16cf58deef5eb4549b4ed05f9b7b27b81adf2ad92',
  'gom-phuoc-tich.orders.jsonl': '6939e9fff02e349a3303610d98d9106e2e87e5ba1d529ad92eede624eb1bf906',
  'gom-phuoc-tich.shop.json': '3f5ff11af64c5b2d4a56fc4b8ba92d186d542d26fce18935aa42b8f0fdff46c8',
  'gom-sanh-phu-lang.orders.jsonl': '31b3e843c32504143e0a77962cdff59390970ce5e8d3d13c9e3a972f083b724c',
  'gom-sanh-phu-lang.shop.json': '0456a81e201386026109a4149ecda02003874f9eaa77241386b3ce4ec22adfb4',
  'gom-su-bat-trang-2.orders.jsonl': '3f7524a02678d57851e29d757961622d76631256157878cc7dbcb8c37cf0068b',
  'gom-su-bat-trang-2.shop.json': 'cb72a882ba34781f93c31585bccca0ecf9f9e36f4c650672abebdf6e518c0961',
  'gom-su-bat-trang-3.orders.jsonl': 'eeb76eb4ffd7c255654f6d34a7c824f74577ef47e7ee171c9293545dc3b859fc',
  'gom-su-bat-trang-3.shop.json': 'a1dcfec42143cd4d7dcf63db3dd874008ec9cba9047f6064da47be223a8c283f',
  'gom-su-bat-trang.orders.jsonl': 'ac68a738bceda58858ab93140bb9d2b5bab1741cdcd904bdf51ecf3888a2d934',
  'gom-su-bat-trang.shop.json': 'a8a8799495aa286eb416f9b074bd51eeb3d00c35685d9cfab1e8d91cf357eab3',
  'gom-su-lai-thieu.orders.jsonl': '0b1fdd2a4f56e25e2aa3e6b5692eec7af1ca29ebb578768dd265068dfcd4ad4b',
  'gom-su-lai-thieu.shop.json': 'b5bca7197cb56249a50cee309cc9244af0382e474ddc356537d71575ab029fa4',
  'gom-su-minh-long.orders.jsonl': 'bcf5840f56852e45cd6fa6e9b756daba2526c7142b6ce8fc6735b0ced8f4f4ea',
  'gom-su-minh-long.shop.json': '54908ac2354418b29df84d4ac8f9f79fcefdda3ec170d624bf0bcb0b624543e6',
  'gom-tam-son.orders.jsonl': 'd7872f42a2c7c5bb800f0c781e3decb3cb5286545e4b179cde8d32516569bd8d',
  'gom-tam-son.shop.json': '062ee32dc1c5ca77b18041c568a97a84e2c457d548a4f1b8843adaca1323099a',
  'gom-tan-hanh.orders.jsonl': '3c013d79c26bd23ee71ad4e96a3ef14f8c34e506d88e41a94a93401c91ceb138',
  'gom-tan-hanh.shop.json': '0da73ad32d91a8636b7f2eb75c21e5230893e4f44ee229151e7efbc4560e7241',
  'gom-tan-van-2.orders.jsonl': '49077303b904fc655f6c8c6ca6f36148b98639af972a5dbc322081fe8ef044fc',
  'gom-tan-van-2.shop.json': 'b6a495871767321a92d59db0122be9bb16ea255ccb0ea1141068661816bf8ee7',
  'gom-tan-van.orders.jsonl': 'b217cf78e3e62c66762f9bd3ffc0ebbd997e2eb626f08eabc297c91c31a24928',
  'gom-tan-van.shop.json': '18826b23da585002e6b838f66dc1f583708e92be24b7bd221db69ba5da12c4a2',
  'gom-thanh-ha-10.orders.jsonl': '47d5af94757ed724998ebd220d868d37c5a8ab9515fefe4d13f85438902b711e',
  'gom-thanh-ha-10.shop.json': '4611d8d12a1a15cd868ab600876de8f14ca52be5cd215516cfeccddf8a6af9cb',
  'gom-thanh-ha-2.orders.jsonl': 'e2c6eff93b52f384a1c4109fe21588fe351ee23f0fe437a0a0f6667d4093ed75',
  'gom-thanh-ha-2.shop.json': '9e497a2bee95eac19aa11404ae27328cca705b3258e57b84b8c4a2ce6bb5cbac',
  'gom-thanh-ha-3.orders.jsonl': 'd5d3253e6276f8c43b88deb2385c3b98d911b2f8b179e962226e07ca837601e8',
  'gom-thanh-ha-3.shop.json': '350cb9ebbe615ab27b137fc5ab9ea5967ed9a553ce46e6e6c3ef361f56605865',
  'gom-thanh-ha-4.orders.jsonl': 'ccd1979fbbd39b1268bc75b48f644b0b5e5b17b87789ae367b0f9624584c9080',
  'gom-thanh-ha-4.shop.json': '5edeb907f0c763c5fc93cc10f143e18c35cf96c25454f5fb637c305dcdda8796',
  'gom-thanh-ha-5.orders.jsonl': 'e963354f0df82212f883d73cc797463bec6e9558379b3c2963db89fda2f4737c',
  'gom-thanh-ha-5.shop.json': 'c3dd6d73448d4be169bfd08c54e90d0b8f2677e8996b2641f398f1abf38a905c',
  'gom-thanh-ha-6.orders.jsonl': '44e264cace617240bd86796125b2e6e4a1a09f29f4fe6361def86c1deb016453',
  'gom-thanh-ha-6.shop.json': '404377a2d7c8a4d341da9b255c689fbe5c38ac3ce5da74a9ff03ea0926055df7',
  'gom-thanh-ha-7.orders.jsonl': '351b0e7dce5bccb7e9aa87f88226d53d2dd850dc969acbd08bbd8611adc3ceeb',
  'gom-thanh-ha-7.shop.json': 'f6433eb51af4caec3193b50e536e1a3f052391049f03fdbc64f7d43ba83f569b',
  'gom-thanh-ha-8.orders.jsonl': '1128b542c9b7eb7f227485dddc1a326c22312cfc1ca537e6e99ae5fe9487c92b',
  'gom-thanh-ha-8.shop.json': '81d2917c3d90ec3f4e754100c21d433de19ca83f4ae927918604d71f4dad31ab',
  'gom-thanh-ha-9.orders.jsonl': 'f621a19d38f2af965be27e85d67dbb60332cf08070b9659399b585b3403eb7b0',
  'gom-thanh-ha-9.shop.json': 'e44ce3f3eb8767f61af7b3441a8f2df4491fc55c9589957ca12934248bfffdda',
  'gom-thanh-ha.orders.jsonl': '6b5127f3f03f2bdb50431a8db0c5fab66a71a495339c3e1dc1797f42634ce322',
  'gom-thanh-ha.shop.json': '973b960759d4019947dfe7ddc2c08f0700492c897e4c116186f975fac5efeb99',
  'gom-tho-ha-2.orders.jsonl': '478cfa83192494f03fde50475ac9b9f325d4a8c53f0029b956e3f29d576e4933',
  'gom-tho-ha-2.shop.json': '68330626b0a39f86a66e44b8768ecec17cb56117948703772a39baaef17c3863',
  'gom-tho-ha.orders.jsonl': '9980dbdb555565764abd59487adfba55372596dfdddf56985b1113e632a11acc',
  'gom-tho-ha.shop.json': '11e13fcf759a63d9f15568cf69c7a97f10da680c460f6a8693f72708368eaab2',
  'gom-tru-son.orders.jsonl': 'e4fd60676caafc93f6f309425aaa2ad7778adedb3c5a501854197a701992f1ce',
  'gom-tru-son.shop.json': 'd3cdf537953cb9c1a2cbc697d4442d642aa242a0ef47167a735d85f421972925',
  'gom-xuan-son-dong-trieu.orders.jsonl': 'fb13c95edf0dcaf23688dce00dbf3508ed793493d1f8d692c10b9620737e668c',
  'gom-xuan-son-dong-trieu.shop.json': '52337735095ec59d4d852a649be0f5c580db07c3fdb4ea994f93c57d552a8b66',
  'gui-may-buon-don.orders.jsonl': '90da655f20537187d326e1eab6267f0ee1501b03478b8b53729fee03976a4ba5',
  'gui-may-buon-don.shop.json': '2ba7db29a3e5695e699433ea3bdaad822402a06506acbab65ed30fd19cdb7781',
  'guoc-moc-tay-ninh.orders.jsonl': '8f01e19405b5a5fead8e8619ebc1dabf9d22f89642dbeda7fbf9d177c03d4696',
  'guoc-moc-tay-ninh.shop.json': 'b2f0108af567d25333887b9a3ec08dc244039e50061bd56200f1e316365781c7',
  'guong-kinh.orders.jsonl': '5e03f0ebf15286e51401d586c8481846f4f266fc11505135dc57f22743b81b91',
  'guong-kinh.shop.json': '85533e3d73c9eb062707c32959e3ea6215996bba76e076c7584cc2a905c4ac8a',
  'hai-san-ba-lang.orders.jsonl': '186dd6af2a2d323091a023a7bd5232124aee21d2b271ce28ffa94587bf2993fb',
  'hai-san-ba-lang.shop.json': '79da84eaaed9593d6661525d942242967f2d622c323adb0f68f69efc13e24611',
  'hai-san-bao-ninh-2.orders.jsonl': '3f661b1d62d95d53b9155b415181163fe9b0dc72072ce05676dcbd76fd651714',
  'hai-san-bao-ninh-2.shop.json': '51f65d18f53b31b8c6580bf921453413ce9970dbaff846fcd37c34b7078e6b7c',
  'hai-san-bao-ninh.orders.jsonl': '776ab99fc824d5577d45956ed2ee43f5c0709c69692939447374203e8e3ff7e8',
  'hai-san-bao-ninh.shop.json': '8b6b72a4c79b474efac8c1fd1b8d547f5381bd006ac9d2ad147c5948d8a3eef7',
  'hai-san-canh-duong-2.orders.jsonl': '1d597aca25895294b206ca21297661e7e946a53583d755927b9eaf11fa38bd91',
  'hai-san-canh-duong-2.shop.json': 'a6f2f453de25f58c7bf4f3a51773c5d60e4e7c66613ae8fc93cca807b4e57ed0',
  'hai-san-canh-duong.orders.jsonl': '0517f9cfc61b2342ae1dc1ca8deeee5d8ec45d618b098da747261713b6bafee8',
  'hai-san-canh-duong.shop.json': '3a3c290c4aa8138d600eb1a2a090a516c2e7aceef78546dc465c31f08dc03936',
  'hai-san-cua-lo.orders.jsonl': 'bf20f96cfcc1d2116bd375c6c5cdf8eca3ad8ccaf79fdffd79f7056c8f95f194',
  'hai-san-cua-lo.shop.json': '1ada2ec14a8dc476379098c2be7bbd0a102fb00ebbba5f66757cefeb25a95899',
  'hai-san-hoang-phu.orders.jsonl': 'd66b73992800a099c1cacaa4950f5598001a92561eb5509b494d4f8465a2f42a',
  'hai-san-hoang-phu.shop.json': 'cf87c23d27938efd295ae7ba559002d9d8e62bcbe02ac937bcd0c60893543464',
  'hai-san-kho-bao-ninh.orders.jsonl': 'cd4e02722858fb6dc0bd4daaa9505f5c2d9933b61b7381a2b0afc518fe5ab342',
  'hai-san-kho-bao-ninh.shop.json': '319da5de302934725a37915df698086c0c6273b9c7c0f530b23eb66487a8d0f3',
  'hai-san-kho-can-thanh.orders.jsonl': '19ebbab54c1e49bca657e9eacfc5590284a18ba08224494f71789e24654ac99e',
  'hai-san-kho-can-thanh.shop.json': 'cbce00a4f91351d4ae83d829878665e2f00a5c163df39b6c84f094bdaddbe250',
  'hai-san-kho-canh-duong.orders.jsonl': '27fa4d0c1d226489db6dec79e6393fbc551b434daab9cea6ed22411e61441194',
  'hai-san-kho-canh-duong.shop.json': 'a55087c4cfd5d2145fd20d6220db7c4290ff5acec77858eb9ac4317c28cf5470',
  'hai-san-kho-cua-lo-2.orders.jsonl': 'a066bfdb1c62a194151d3e465069820debdd6abca6bbbab93e62b5f83716ce7d',
  'hai-san-kho-cua-lo-2.shop.json': 'd11a869f0cf66d81d8ab22f34808148437033262f4bc55a2f713f99ac87d34d0',
  'hai-san-kho-cua-lo.orders.jsonl': '6a731e164b2dbfa46567672476103804c57eeb57871d8d5b5b29ef7f99554a34',
  'hai-san-kho-cua-lo.shop.json': '03ad3e2363a9965e6117b9abe031f7a63125d0eb499570e763e8665af5f4a0cb',
  'hai-san-kho-do-son.orders.jsonl': '1d3df202c075207d5ada5019632f905cbb40826d04c36cb7cf110d992b2218a9',
  'hai-san-kho-do-son.shop.json': '86a0cc5456c0575c3bcb170612c5f19314cf6770d751bda78646260691354b81',
  'hai-san-kho-mui-ne.orders.jsonl': '054c65cc0fa4edf008c51b25f4ed1fa9a375cb6117f528477f57fd10fcef4ce5',
  'hai-san-kho-mui-ne.shop.json': 'a895a7f92a4f9d1c5dadc676513404ab0ba1e68ad73829c99da425d4124d57e2',
  'hai-san-kho-nam-o.orders.jsonl': '0592415be00aa92d62db64edc501d2bd80bc8ebad8faafcdbeeb626a8becd6c6',
  'hai-san-kho-nam-o.shop.json': '58484ffd4ce9ce41a94812118e34633f56ee5bc3ba3863b6b88603e8334a5086',
  'hai-san-kho-phan-thiet-2.orders.jsonl': '35b4d566962cb5b7dd1f502b891352ae205a8f308360a057ccf11991f2f3aabd',
  'hai-san-kho-phan-thiet-2.shop.json': '6c86fb05e370bab6b8fb8d267d7738b67d6260b9dcf5ff5c456af70da2eaf246',
  'hai-san-kho-phan-thiet.orders.jsonl': '0b06637c764afc0c5aa56868b781493244d54bb7a41dd55f8b96a5539c979952',
  'hai-san-kho-phan-thiet.shop.json': 'cdd6880fdd6bce93f6c3d35021d8cad8b2e63cb5a90d6fd3260b70c4a805bf55',
  'hai-san-kho-rach-goc.orders.jsonl': 'cd646f28a7d98e16c6f42156b8747c28a77f3ef263c6e672a411cfadcbc0a8e1',
  'hai-san-kho-rach-goc.shop.json': 'e9f635c8419b11768140eae4fa0ac2a525cffbeeed615ffcefce9e3c1be08e1f',
  'hai-san-kho-sam-son.orders.jsonl': 'e0bd297392c73047f0635866a88e6c7f0ca7290a77cbade1d15a3486c6006b60',
  'hai-san-kho-sam-son.shop.json': '9471488cdf7a9f176c090a0ac54598563860822509eb373740d81aeacacb3daa',
  'hai-san-kho-tam-tien.orders.jsonl': 'fc596c0d24c96f5e8c4df677d0433cd47dbe2bffb4dc107352f84b1040aee603',
  'hai-san-kho-tam-tien.shop.json': '8bc0488dcaf512416676b6361abb6d9c3db02d65a29c7eb4dac6b9b7639b7944',
  'hai-san-kho-vung-tau.orders.jsonl': '1342c50cbd2d64fda8f7a5dcd3374931d583cac64f5e85a075df99e3041c078c',
  'hai-san-kho-vung-tau.shop.json': '4630b8954fabaaa4acf67997c73bbf0e835f7ee53122047bcfc17bec7560ea7f',
  'hai-san-nhon-ly.orders.jsonl': 'd0e85d7e3db7bb138be98776e569a77e7c53a84e7acf13da6365b33452f56c4b',
  'hai-san-nhon-ly.shop.json': '13f92033c5f2ca9ee62a88fb0c4f8ef9cfd19135493655d589f717c195127206',
  'hai-san-song-cau-2.orders.jsonl': 'df7f7d09a75742f8b8b968c309313518791855cbb7c666d32c77d68b6733b9a9',
  'hai-san-song-cau-2.shop.json': 'b6e3c25aa93f7a3ab59f80d4938bfc9ebd198740b7c4337a383fe4314907b459',
  'hai-san-song-cau-3.orders.jsonl': '2f286ba481caa119b1db416f8fd9ad1eee30950ab226c91982c698d00c2c2bc3',
  'hai-san-song-cau-3.shop.json': 'fac6e5db1148ce10dee1939c28e3d7fcaa8a8fdde5f27978a0b69c348c293203',
  'hai-san-song-cau.orders.jsonl': '9e768ff94a2fcbf2bf640071a35647d6a26dd3d4d57770ce74c4d504dd5b6d1f',
  'hai-san-song-cau.shop.json': 'f21878cead924f22ce0fe2e254bd2c45b29eb964925cc52c19e3b354c5105629',
  'hai-san-tuoi-nha-trang.orders.jsonl': '30aa4701663c399b26f5b8a4b086483ab785f6f68c0e6a2efd0654cfb50e87b5',
  'hai-san-tuoi-nha-trang.shop.json': 'b956e26f49f15e67f5adb8b6c1b46662a50638d69a9342574e317bdc2c954f75',
  'hai-san-van-don-2.orders.jsonl': '03d7fcd29e18f2d29de6131c8301154cb26e1b64484dd0e36aa9d379bf6f0d6b',
  'hai-san-van-don-2.shop.json': 'c2967b1dff4f31649e894bef7ab25b87cbb7d561e9124895f69fcaac695da12d',
  'hai-san-van-don.orders.jsonl': 'b0d4c86152f3f053e2bae39b9c418b5a5bf6e8801702f967a6ae5d9eb725dfe5',
  'hai-san-van-don.shop.json': 'fe7a11d1f53a45be7d189f245a8c22742f989c0d4bc724f0ba6aeee03f0a0cfd',
  'hang-ma-dong-ho.orders.jsonl': '6f7b10708f8b140ebf74173951c48afaee20e2ae3a6985659462174efa351ab1',
  'hang-ma-dong-ho.shop.json': 'c5bdccf8059155a923cd0cb64e580bd6079d4515bd4880627e107cf100590b51',
  'hanh-tim-vinh-chau-2.orders.jsonl': '972314349cd6433f2106d9be8523ec2632af063f3fd13a87a9545868f1180843',
  'hanh-tim-vinh-chau-2.shop.json': 'c6e5c65b89f4ac1d7b0a399bdeb1d00ff02bc76764b124aa0d075ef566820c1c',
  'hanh-tim-vinh-chau-3.orders.jsonl': '900464cc7055f3205b40e644a0032f037d3e47a62c60370a34e3ece344c6f34a',
  'hanh-tim-vinh-chau-3.shop.json': 'b771311dce992b2c7704f0fe5d12a3fd23426981bfbb9ed9403f892fdb3789db',
  'hanh-tim-vinh-chau.orders.jsonl': 'cfbac9b3bea7401ccd0c2ffa6d993743bbab94d37be35b62b231c138e137262a',
  'hanh-tim-vinh-chau.shop.json': 'ec2291a163de194ecd8ffb04c131686f240f810df2deda747a929a57f6380d1e',
  'hanh-toi-gia-loc.orders.jsonl': 'aea6a6852a4c8a1a03e458f137f091d6de38ecf8318682ffd0a31d42e842cade',
  'hanh-toi-gia-loc.shop.json': 'f5958c05ee658db25aa2ff443c60230363a6818e99bf10a4edde6113a2332585',
  'hanh-toi-vinh-chau.orders.jsonl': '8462c3ae516d139ee986d2cd7490a503788403b65c331345954bf7f39431c3d3',
  'hanh-toi-vinh-chau.shop.json': 'b766c1e83a5aa4e83dd4da054dceb41c1976073873f9f514042cae36b9d3321a',
  'hat-chia-hat-lanh.orders.jsonl': '36d49c10df8edb84f8b410e4b1caa56771e18578abcde89b9a87f829aa51c98d',
  'hat-chia-hat-lanh.shop.json': '90ea4c46b800cd1a333bc3607b64d87552a01e67a0e9d7966158d82a1a80913f',
  'hat-de-trung-khanh-2.orders.jsonl': 'd5040e12189ca1c45419c954244addddcbb7bb8f47d8d33548550bd36d4d6247',
  'hat-de-trung-khanh-2.shop.json': 'bd35d20c15ad4b9107c1f485b23b25373e1b4ca6a2af5026c1d8d221cf3cebe8',
  'hat-de-trung-khanh-3.orders.jsonl': 'd0f568087702970f7027a87a6bb8d9afe499afd145ae14b3871dbc238f76d6c9',
  'hat-de-trung-khanh-3.shop.json': 'ccb4a28d4fc2909672a7d971086f327548b8284e2fd1eb0f7a9522f136fa3ebd',
  'hat-de-trung-khanh.orders.jsonl': '0067011c25606cc33974dbbfd17918882af008b1cf8c6b274a9b1f56efef63bf',
  'hat-de-trung-khanh.shop.json': '570e95b6d5920a9b09d19728ebe5e3cc1643477089deca82a6bd9be95eb928fa',
  'hat-dieu-banh-tet-binh-phuoc.orders.jsonl': '757897371016e5de44c468d9d41fa9c4ade81cb02c7cd8a401f97c5acbed62ba',
  'hat-dieu-banh-tet-binh-phuoc.shop.json': '98a4e8a05d665012ca8e53ac57b03a8b40c47a7341182aebf64da06c7f2b55cb',
  'hat-dieu-bu-dang.orders.jsonl': 'ad9977f8c636571c2f1b3e38ab5ab17d6f01df0e38177e6541bd2e63e48505a4',
  'hat-dieu-bu-dang.shop.json': 'b908610da47d786d6271352a810752468d71af7df0fcd0c83a2369e54f86620b',
  'hat-dieu-dong-xoai.orders.jsonl': '1ba20b0696f71d6924011cf7eece3903119a02878aa887de938b8e8558de8457',
  'hat-dieu-dong-xoai.shop.json': '07417ce06ef1bb30e66766c0b8d6c9a1e0a8ce43e8228bd672e72ba4a3eb9324',
  'hat-dua-hat-bi.orders.jsonl': '382ddbb662afbe8abbc6177862fdae1de17b3b92dd61220890113256d098a101',
  'hat-dua-hat-bi.shop.json': '7733c97c6b257bfed86794c16037e7b27a421ddd0412b169f942abbd66e3cc42',
  'hat-giong-hoa-mau.orders.jsonl': '030949ca06fd2167d2ee958722ceb58c110f80dc65328da162599ec406a2b7e6',
  'hat-giong-hoa-mau.shop.json': '49625933ae7cef35664d65aeb4d8009379f5e443caa43448daeeea018142f6df',
  'hat-giong-hoa.orders.jsonl': '209aebada9bb30f912431bdca3c651d2f3dce4199842ac53c0209e56c4fe7a75',
  'hat-giong-hoa.shop.json': 'b975e1ee92c966225f96daefd20d07eee8c02805e3432c9765400fa4ff9d6b04',
  'hat-giong-lua-ngo.orders.jsonl': 'c673a75e0b852ebac837ec3227bb58e82926c32d908570fce2fc4311c296c4d7',
  'hat-giong-lua-ngo.shop.json': '3cbc465eff551faf8763e6dc07f39a0524e508f936a6bd726abf5a8bd908c170',
  'hat-giong-rau-sach.orders.jsonl': 'e901300736af876a0cc8ad2ea63fa25705428dd30d2ead2b698f44d9f71bad24',
  'hat-giong-rau-sach.shop.json': '0d25d1a10fd65ea4de8c8cd89d7d0ad93cf483387907e98ecfd378fbfb576d2b',
  'hat-mac-ca-dinh-duong.orders.jsonl': '712729b5d928e4b687a09603afdf1a48014f19057dcf02ee7080dccd6b4c013f',
  'hat-mac-ca-dinh-duong.shop.json': '9a2d00f371533f67db435fb70393daa1aa0e5bb9196d93db5f5bf94aec825a9b',
  'hat-nem-bot-canh.orders.jsonl': '1a463020f4ba03c32cc0535846dbffdd5b75191c34ec5c78d03ebc5dc3dc3958',
  'hat-nem-bot-canh.shop.json': '46c7191f1b2e79939557523fb16392049b8ea9f0872fd479499dfe041bd86207',
  'hat-nhua-tai-che.orders.jsonl': '2c59b20c9b3f7b87eee0d80ad3abb9dcb1dfccb213e4e096fd96f044c554e8de',
  'hat-nhua-tai-che.shop.json': 'f765b540f5a141ad7d7931909374206ee6572715a73bc15989c287657a2adbc2',
  'hat-rang-thanh-lam.orders.jsonl': 'e1a4de653e055868f7c1bbec9329d7261ecc67f18997f8930f97ec66f08f1dff',
  'hat-rang-thanh-lam.shop.json': '60bed17cada1beb410a2357889eba8604c4f74a3b1265ca5f1b61beba8c4cbab',
  'hat-sen-toi-den.orders.jsonl': '0ddd476f6ea2f3b6521aaf7b1c6c3c5e80ea78386914de7af7b5f28b90052489',
  'hat-sen-toi-den.shop.json': '899f7e0d326826d8837c740e7342f40141b058b83c35b65ee53869c976e98d25',
  'ho-lo-bau-kho.orders.jsonl': '62ad31fe7f83f3351d7650f30089d8cd67abce216acf0f311b41fd594aa5fa0f',
  'ho-lo-bau-kho.shop.json': 'a8a9fbaa9846c4aa7845d55c886f69dd74aeb122c2a4ebd356277e73f5de7468',
  'hoa-cay-canh-nhat-tan.orders.jsonl': '584f832d9ad7245b15f9bab04a201348c4bfdb8a71e52eed691d342a2a5b6516',
  'hoa-cay-canh-nhat-tan.shop.json': '05001911af235ec76ed8de0e4976e8eccc72aade31bebb4e9a413a893ac176d4',
  'hoa-cha-bong-sa-dec.orders.jsonl': '04a80141a14a5afdab2bb125f8b94f010275c7221288d1a240cd3a276f73c9b0',
  'hoa-cha-bong-sa-dec.shop.json': '263f8b810181a34f5d36ff3b740b43e07542346105d790098cc13b12ab06afb8',
  'hoa-chat-ho-boi.orders.jsonl': '39dd593525f9e0dea478f48b842772d6b5a0621223e937a2368e2e8c24b289bd',
  'hoa-chat-ho-boi.shop.json': 'd023ff293e53e55febff1b517e4b44d465ea76cd14f1fc281a995ce6e6086cfd',
  'hoa-giay-dong-ho.orders.jsonl': '81078385dbea1e3f7f9b1fec5f2e2b23a9f32a2ee146ad55d8640391672ba0b8',
  'hoa-giay-dong-ho.shop.json': 'c842c16676604767263837947bf3099dad119c4a843fb8eb50532784a2f72a58',
  'hoa-giay-thanh-tien-2.orders.jsonl': 'fd0d0227765da16c3735f2c8b26b7ff31e1dc0f7ec7a3b8dc4a308c2df46df9d',
  'hoa-giay-thanh-tien-2.shop.json': 'e3a92854d88afaaacf6abc5b098effae4973007e89c02993dfb6d501634bc702',
  'hoa-giay-thanh-tien.orders.jsonl': 'f814a1e7009967222741fe0b16aabcb0d6df11b414f69cc6293b532eaa1ff3b1',
  'hoa-giay-thanh-tien.shop.json': 'b7a323bd6fb3092422f1006e9881c6913b9b9cf1be752a26f61bbe28974b56b4',
  'hoa-kieng-cai-mon.orders.jsonl': '5436242a8c0b5c204cb925be3e74ca932ec15420e207f5b22bc6d5d6d2b2b814',
  'hoa-kieng-cai-mon.shop.json': '7d4a25b93b1de32a0725a19bfb2e678a69266d2c6d8b7d7377d7e804ff1c4ae2',
  'hoa-kieng-sa-dec-2.orders.jsonl': 'b0ad4e48f7310a16a5d83bb2ffb62c4fbd5edbf9a245d1d385aae08cde3cb18a',
  'hoa-kieng-sa-dec-2.shop.json': '6bc855f426ac47e5b1d5a241f48e9417ccd132b69a6a52f268f330f69a68c9f2',
  'hoa-kieng-sa-dec-3.orders.jsonl': 'c27c76a655534bc44d3a208d399273fa6bbf90fc48e7aac9f229114c7d4f5d5d',
  'hoa-kieng-sa-dec-3.shop.json': '238765ab579b8eeb505ad67a1685cf175555d6b0622e736f89cf4a5c2a3799b9',
  'hoa-kieng-sa-dec.orders.jsonl': 'e12b86b512e4a0df3951d45d92cea699a100135dca2aa7c2bf2fb7f4f189374b',
  'hoa-kieng-sa-dec.shop.json': '564435335a256247d8e77fc4e8fb1e0ba59ded439821a18650b200260fe31717',
  'hoa-lua-gia-cam-tay.orders.jsonl': '554d0eb7244f6270dcf6a6ab0dd7104fea3c328bb11f11f7d6f3b8ccc5d857ac',
  'hoa-lua-gia-cam-tay.shop.json': 'f64034fd0a8a475619e23ade87fc5ffaf78185e47176638677b343ced146ae45',
  'hoa-lua-hoa-gia.orders.jsonl': 'b61f497cd336c8870f5b8342710311a258f8783b2fdc0cdce2ccc906b3541c61',
  'hoa-lua-hoa-gia.shop.json': '8290ac4dccd07933de9278842569cbd6ce0eafc723e3ed65b9494880b24ba970',
  'hoa-qua-dong-lanh.orders.jsonl': 'f82614567e762fc11f2b9737489e5ebfa12135b7c019ff002cf9eb2c2ae1ebf9',
  'hoa-qua-dong-lanh.shop.json': 'b39bf4ce32c34f81a1b3bb1434ae953df931c60d34906c63d6dc7c215088819c',
  'hoa-qua-say-deo.orders.jsonl': '1313a16a687aa37382cc8b7b33a768a4f3c45f9286f19ee96c93683e46e7ba0e',
  'hoa-qua-say-deo.shop.json': '150d4a861049c85f755046d05e567f3b01af338339a3e9ccbb199f182dd2f70d',
  'hoa-sap.orders.jsonl': 'db29c3c8c9a8acf7ee7c6a31d861d030f427003e7ff8aed551f619aa3457feb9',
  'hoa-sap.shop.json': '08d2fc82b59d7676c44c3b8c34bb3a6b8b724e02cc685f17e785ef6b72917235',
  'hoa-sen-sa-dec.orders.jsonl': 'e8270dffef31cdeb3e7793a68911e057ad92c1b58ce5ce86b61128eb9bcda8a4',
  'hoa-sen-sa-dec.shop.json': '27a030b7bee4ace17027a86144ae40860588f3f8337c1cb693a9adf2533cd8ec',
  'hoa-tay-tuu-2.orders.jsonl': '00be84f3ee224a38cbcf11b30206491c7183692fea1a9eaeb6cef8c1bc21e364',
  'hoa-tay-tuu-2.shop.json': '9e5b172033bbb838658c5aab98b28c5be553da4869ca28e046fe430c3077b9ec',
  'hoa-tay-tuu-3.orders.jsonl': '7235129d5965c275199431401bf771f4e9bf5b3d402dfe7dcd75a19ec71a0d58',
  'hoa-tay-tuu-3.shop.json': '23d97d21e298bc47e66be63d5c8d97d6e57e365acbafc8d637205933517b09cb',
  'hoa-tay-tuu.orders.jsonl': '25eaf10b75fc22deff999461332c17687e27aacac21ade3365b23d9d48ad2f54',
  'hoa-tay-tuu.shop.json': '1c54fa6a7e9a0d1adf2a89fecdd7f463bd92b06d0e8816ae512e33cd1b9325c5',
  'hoa-thai-phien.orders.jsonl': 'd77a1fdf7653e0d507a0ccac023e104590ed1af372f2f1f039675779844bee04',
  'hoa-thai-phien.shop.json': 'e543fa5bf82da6009da8ca711c9a5f811688c34d0cd0fd854f47d6cc02aca142',
  'hoa-trang-hang-ma.orders.jsonl': 'a4ad49c8fbbd46540e232b2200515d151b78f355d2b6b522e3abef49ce406d0e',
  'hoa-trang-hang-ma.shop.json': '4f712cdd457007e42140c5f1dab081fbf9f3b2e7424f9453db29076e759b9814',
  'hoa-xuan-tho-da-lat.orders.jsonl': '41b5c0f2a326116b9ae82a5e18dd07b7f00001cbd7184274c66b50246dcff363',
  'hoa-xuan-tho-da-lat.shop.json': '328be3e41b998e0228accb2c8139eb7c8eb41b168c977adc88368c087849f03e',
  'hoanh-phi-son-dong.orders.jsonl': 'd1002107bf9be938759969ea22b5e810b80b40cf4ff6885e9a3c911c8904325a',
  'hoanh-phi-son-dong.shop.json': '3bfc7e5e4c24f75a42572ad065ef330d5ae0485356b5deb0afa066bebe5d7b3a',
  'hoi-que-huu-lung.orders.jsonl': '8214c47ccecaad27a359f6c07ca32bdb937d7c60d1cface4734e1732daf2b4bc',
  'hoi-que-huu-lung.shop.json': '4b7c75507121c4bd3b54a632ba9eeaa603add2e20bf34850deca8d3d75753dee',
  'hoi-que-van-quan.orders.jsonl': '2ac56dff3a41b6b85c94b01501304d232e7332ff454c4f9e79a3228c8d4c491a',
  'hoi-que-van-quan.shop.json': '262b3558d4b826b9d5538076a6093aec15dee768dd3559a850612d5628e92bd0',
  'hop-but-de-ban.orders.jsonl': '986f7d51ee3e79dd07049a0aede2a07a020f46a502878bb1cafd4652eca20558',
  'hop-but-de-ban.shop.json': '81b48723f30d850dd2ffe1485ddfa81f9d56149f6e36552dd539040424b4f792',
  'hop-com-giu-nhiet.orders.jsonl': 'a01536dcf8f3185bb85ff4aa14a7cfa7db0885d00643e8b5b49976492c5c09c7',
  'hop-com-giu-nhiet.shop.json': '4be0fb19fec729158174961a40c5b53e9abfdd8c26f8d85cafa69660ccbbd57c',
  'hop-dung-thuc-pham.orders.jsonl': '6d0eae760bf50e9f6002c548887178e7d0665b20c96a4be5a328e5ebf805bdf3',
  'hop-dung-thuc-pham.shop.json': 'dfe50f0858aeb069e2209be34a944b383ea970fc8b4dd024efe738f909c03471',
  'hop-khay-go-phu-khe.orders.jsonl': '47ba590cfbde334a4a107a580ba0c307c4ddae73be4d3d672c67f1986c6e230d',
  'hop-khay-go-phu-khe.shop.json': 'd8289e807f31472ea90e68d4f58d76188bf55741b93b9fd790a5c86acf50d7d3',
  'hop-muc-may-in.orders.jsonl': '4f3cdbc7d17720483692f06609769654df7650f722cfd691cd194e0aaea00b06',
  'hop-muc-may-in.shop.json': 'ebc1748ae43149f2cc8805462ae59eb8d3205b72f205702ee7efd2c38c21bd5d',
  'hop-nhua-dung-do.orders.jsonl': 'da4a8f1c892d026108fb1a8af05a7affd44982e64b7839f17dfc0fef7f7a4e24',
  'hop-nhua-dung-do.shop.json': 'a54352f1cfb5b8bdc3a0f2ede12e732d8295fe4b4141329fbc6a971fbdd5c3e8',
  'hop-qua-doanh-nghiep.orders.jsonl': 'c80dfe348fded82e7a48b0fafb5423c9c9e6d64b4f6bff549b1434c793ccdb13',
  'hop-qua-doanh-nghiep.shop.json': '47100a8c99a3a80a2d8288ffecb34be3e4f05d85fe9c790fab9073d4b3cb1f8b',
  'hop-qua-tet-banh-keo.orders.jsonl': '1dd4beeb4278ca6ae682f5ac230ceeefdb21e49153c742f5dc2e3a6be751480e',
  'hop-qua-tet-banh-keo.shop.json': '24f5e4b13ce5031b8217de32081a43e6d9dd4f532e262f40e68a643a83b0c9c8',
  'hu-tieu-binh-tao.orders.jsonl': 'b0459c8fdfafd1f316ab4195bda26bc2725b0fdc57e362c7d7755f317abe4fe5',
  'hu-tieu-binh-tao.shop.json': '71f6d7c204f13a833a9e5e53e5bd28f9b292d7e8a0362e11c2a7f060ca432923',
  'hu-tieu-cai-rang-2.orders.jsonl': '7179baf4ecd8f49b56017b9942c8e7fba551788929eec73353fce7da9e8a069a',
  'hu-tieu-cai-rang-2.shop.json': '01aec6f35f688f96b432e4f09cbcb0b286fb7b534d3bc3dbadb86793338f0af3',
  'hu-tieu-cai-rang.orders.jsonl': 'd7b2500cae1e81b55a6de01ade42e4ee47e577098d9551189e760a44a6aa7f23',
  'hu-tieu-cai-rang.shop.json': '4939a90d9230f5da2de629b550c7d95fc9ce440e70dab3f83a5966348cd11e2a',
  'hu-tieu-keo-dua-my-tho.orders.jsonl': '2c7e3add3361f4956cc0738b2f578238a9831bd6a989c2c8db7dceda434724c7',
  'hu-tieu-keo-dua-my-tho.shop.json': '0fba5a7453048117a08f9cfbd4d16cb9e4d158c7aecc8d99f2a5cffddb3bbea9',
  'hu-tieu-my-tho-2.orders.jsonl': '19976930fac18a6884a3262f1f68d4b56d74b8829554ac365795df38fdee4946',
  'hu-tieu-my-tho-2.shop.json': '01a3823d7d2a2dd96375239009e129252658c9467120c80bb79e09ee821714ca',
  'hu-tieu-my-tho.orders.jsonl': '22806ea3f1e2fa3e72a417b9102b2e62fd934b18b8a88a392bf87ca1142c1545',
  'hu-tieu-my-tho.shop.json': '8a970671187712025c43ed44114542add788a335de68270f4944e3a4708dd738',
  'hu-tieu-sa-dec-2.orders.jsonl': 'ad8d4cc3f0be1d9adedb66db11b3e5c08d3b6c1cd101b158345eddb78813e62c',
  'hu-tieu-sa-dec-2.shop.json': '07f05d7ce80dcd9f2cb1b4a30d494d80059bfe266d2f21f85111f3bc1d14273c',
  'hu-tieu-sa-dec.orders.jsonl': 'cea91652bb0c79314978d0c979d9cd2c32007fe1870a7171bb5e82a6635e6376',
  'hu-tieu-sa-dec.shop.json': '175aa2ded3a6aa2af236f6c96a80773a9c579faf42c4934f662d47eca8c56be0',
  'huong-me-xung-thuy-xuan.orders.jsonl': '63e6c61e8296c147d66ce6ad74a7fd5b4c36a160ff5b1aae29cb7f99ae12441f',
  'huong-me-xung-thuy-xuan.shop.json': '73bece2d8958032031a498db97aec4ed093b5ff071bd150477b2eddeb1509d05',
  'huong-nhang-cao-thon.orders.jsonl': '7b99000f8f31f393f3f803510bc30da06eb676f14af776e35c81aaad36cc8b5d',
  'huong-nhang-cao-thon.shop.json': '37e30c16eaaeacb956017d6c6ae187a3cd36ecc1c461db957e2d68529ec6e1f6',
  'huong-non-thuy-xuan.orders.jsonl': 'e3ba4d037e4cc3e7fd740b396515f482e62a61aff7d45123abd09bfc57118d68',
  'huong-non-thuy-xuan.shop.json': '0aa585ff482083ae77a5ab2f2ad66349c5bdedd9ba469a2663a3c0ba2be2e3e3',
  'huong-quang-phu-cau-2.orders.jsonl': '9e0eb1ae983a1efaf8e2293ea2722833c120ae80397e94f5f6b3f8d3853e1e75',
  'huong-quang-phu-cau-2.shop.json': '96d5b2a659eb2129889a60a1ece61af16cb6fcbac38efa0db339d195d14b6616',
  'huong-quang-phu-cau-3.orders.jsonl': 'b851ec3ca8e747d1b0bc87cf24d142631ddc12b4a7949777c94f3dc7e658c859',
  'huong-quang-phu-cau-3.shop.json': 'e7f54b01b6020100da62915b214b1eb84d025174af2c8e2a07268bb6d5a38bd0',
  'huong-quang-phu-cau-4.orders.jsonl': '1e23412355ea3a862284e0901bdfdd0fd13edcf5b675f0f12e230ec6051f298d',
  'huong-quang-phu-cau-4.shop.json': '0c5902c79a0c4f0f98876666e8c63b960e40542840610891b8579d00b2bcc686',
  'huong-quang-phu-cau-5.orders.jsonl': '384dbf06fe479fb824382cf11ada104e066a689ff7a322761125cf1444cd4823',
  'huong-quang-phu-cau-5.shop.json': '0243407f2fca7513ea7906da561085157550e855169b661b05329a5bc3510501',
  'huong-quang-phu-cau-6.orders.jsonl': '81fd2f813f512e748f72b2a4f58816b6f4daaedc40d06a50abc517f5f6b33535',
  'huong-quang-phu-cau-6.shop.json': '97675ea0ef6ae74121194467d184f50d54d3e6b40a8f3b94152bf2a000de6e70',
  'huong-quang-phu-cau.orders.jsonl': 'e5c7088fe745a4e329aed4b521c4a089f831248003cd1d91c4aafa64bcd362fc',
  'huong-quang-phu-cau.shop.json': '51b05c55d6a0b7b88ee833b4f16801c8b14e6d5eb7c8b2894b7b47f7e008ab90',
  'huong-thanh-luong.orders.jsonl': '5e68e578fa4dcdc6ece83167dbab73a8eb63a61a6613921b27b53de1988e66f3',
  'huong-thanh-luong.shop.json': 'a049d0c516a3432558b597bd62ee7fb4dbf5cd7165614b5545e1754154d1bd41',
  'huong-tram-dong-ky.orders.jsonl': 'b29b2e71ada5e9d02290a791b73a2c98255822ff87b6bf7ba7b4dd8741e9ef94',
  'huong-tram-dong-ky.shop.json': '86213a90a40f36758a73c7e2f52b2ca41a14aafa0c9d07a9df6536e8b4a51e0c',
  'huong-tram-thuy-xuan.orders.jsonl': 'c815ba6b6911e3dcbdea0c4e09fe444621b28e04f52388971da571e1c11c72f8',
  'huong-tram-thuy-xuan.shop.json': '3a6105bf2d57932adba2cb57ccc96ab9f99789bbed4c6815d15276d97e6ddd05',
  'huong-vang-ma-hien-nam.orders.jsonl': 'd199817d5c7eb5d6e23530c31821129427ee3a0424ece332d42ce635f8b403c0',
  'huong-vang-ma-hien-nam.shop.json': 'b47ced9d75cd21987ef8792119b43c483b2e8db6aad1ee0e73fbfbf61d7fa0a8',
  'in-anh-canvas.orders.jsonl': '515704a9f84fa936d3e739e4f33c83a68c0a0fd7d4daf43ca47f7956d5489372',
  'in-anh-canvas.shop.json': '6b29fab055ff4e79e4180c0342eb299310dfb2263b8175509ceebffc86f08ff7',
  'in-ao-dong-phuc-nam-dinh.orders.jsonl': 'e6bc58c223d8a3928ad54e8efe4671092a3bfc4b583b26e01484796d7de8aa84',
  'in-ao-dong-phuc-nam-dinh.shop.json': '048c4dae0da59a16bae533dbfb177957acc3ad65368a3f072a423fac1ae43765',
  'in-tem-nhan.orders.jsonl': '7207bc046e0ef08f0b055bc1b1a3b239d2dc0bf83beb42ee7a19ffbcee27ad87',
  'in-tem-nhan.shop.json': '383dbeed6b34c09cf6c2a72e139afbcd9d487f87d2f3a8f661b901ba8043f7bb',
  'inox-da-hoi-2.orders.jsonl': '4af14c09104f5b778ef9bae3318cc1decc6a67fa5f8a2ac35ea7b97cb0633f94',
  'inox-da-hoi-2.shop.json': '74783aa6bcb409283a19047dbeb12f8dd9c2cec66b10d3be1e01221f48811437',
  'inox-da-hoi.orders.jsonl': '54dd506bc59875e852208f7ec27a2d85c6fd18b2ee5ba286721df66d933cc17f',
  'inox-da-hoi.shop.json': 'd7d1d9b375c25938d22dcda42ee41a01aef837c019746dbd05b7d7fa8f49c17a',
  'ke-bep-inox-da-nang.orders.jsonl': '81edf33b155c0b87b3091f5da7fc3a8b1328d8a85e114eb1049c8361f6bcfd37',
  'ke-bep-inox-da-nang.shop.json': 'c8d03108a6a07eeae974c9cd5b64adffa9a6bd3957d9f91f0e4b5adb9c55187a',
  'ke-go-lap-ghep.orders.jsonl': '4c8f685ff1465b78d19743c2c4457255064e224be5eb580709101881b23b0d6a',
  'ke-go-lap-ghep.shop.json': 'a84d469c981622a89903f1c5758f07df4d0f3571f3853d7930e927acde2b7dd1',
  'ke-sat-go-phung-xa.orders.jsonl': 'f56031daf435e2d4a286b47861af3df27802936ae3bcc931bc65c70064272b16',
  'ke-sat-go-phung-xa.shop.json': 'b1a6ef2625eab346f113a6b9875545c359102ddf81796d639dd9c0d4fbb28683',
  'ke-treo-quan-ao-inox.orders.jsonl': '5145862e07ae011d209151ee16fb28603222a6e9803887e9348aac161495ca27',
  'ke-treo-quan-ao-inox.shop.json': '3ba8b69c73dba4dbdb5958c9e2347fbe29e37e31488568095d7e8396f023f7f2',
  'kem-chong-nang.orders.jsonl': '58bb0675626a8e4fd6824b6d2db5686c8c655dec8e3769d89491d3dc74b15f79',
  'kem-chong-nang.shop.json': '2b1b8fd1a2eed4a1e0e28814c6cff388b9a17e8eb0e10f86b07c847719dc983d',
  'kem-tuoi-que.orders.jsonl': 'bc3b3b851ff6d5035577963dccb6632a44e913a897a283c3112c676e1993df45',
  'kem-tuoi-que.shop.json': 'e61717e9f402a189d349b21ece81f6ffe3d076783fdcb242138b8556c479f069',
  'keo-chuoi-phu-hung.orders.jsonl': 'b3edc62fbc161522d346f7044637e954d2b9b49e442feb6a2ba33bf88cad1119',
  'keo-chuoi-phu-hung.shop.json': '12769eabe0dcfc6b8dbc11ce4eb334f9229a8c44ba00c5dbfb2c85e8e16d3f6a',
  'keo-cu-do-me-xung.orders.jsonl': '16b65ae38911d89a2067a9c4d6ea902dbcaea85e274a41f783aa6543a7c37d2d',
  'keo-cu-do-me-xung.shop.json': 'ae633c6b95030e60141c54f739560b3cb5adcaac703d4ed077231e85b6948776',
  'keo-cu-do-nam-dan.orders.jsonl': '1f4d78a1167839781f7cafea055fcb2f418087555d3cd8b338822d49bf9665eb',
  'keo-cu-do-nam-dan.shop.json': '5eefb16a545d300ba91f2c75a5f00fb7cbdfd0d69cfb0e3fd6281b597781a3ce',
  'keo-deo-trai-cay.orders.jsonl': 'f015cbc3e07b4a4a34037dba40dddf9a6e201ee4472b98ed1d147aafe6bd9f27',
  'keo-deo-trai-cay.shop.json': 'cff0798afaaaa6a8cce4d8a6d71254c3771892fec792bbf6fda23901317403c6',
  'keo-dua-ben-tre-2.orders.jsonl': 'ee2c667d45c2dab0a1ca30a6115609d3314baa58896ca351a6daa9c4ad64df3e',
  'keo-dua-ben-tre-2.shop.json': 'd2de1c281dcf182990165b4423fe0e55f60b757df9a492d50eda41bc5ffa05b0',
  'keo-dua-ben-tre.orders.jsonl': 'a1773d6a53020c723d51dab294d83fdf82120ec6cade7f8e13bbce22c2bb6afc',
  'keo-dua-ben-tre.shop.json': 'fa0a9e76f01b0b1f76d99cc014615aad924adc140495c591c3c3d15e778c15af',
  'keo-dua-cai-be.orders.jsonl': '534d90cc61018c2813c40e6abb4af074d68dc73718d0f39f48fa6f1e0ae9fc15',
  'keo-dua-cai-be.shop.json': 'f0faf39704df7d1b9cfc30566c915b524e4395b090e6c9c9e21b6110ccdd734a',
  'keo-dua-mo-cay-2.orders.jsonl': 'eee7dac1d04f9b82040ad97eb27f74553c587293d7600dce6c2c52eef037b52d',
  'keo-dua-mo-cay-2.shop.json': 'ffcdc6d270135876fcb8dc3ae5ff6c570271ff5ecf12954c767a135d368319c2',
  'keo-dua-mo-cay-3.orders.jsonl': '66c7b5f33769b321f2707546278211f6bfcc89befc73fa1f4a09840ee003430f',
  'keo-dua-mo-cay-3.shop.json': '293c714e857fd19c543810e57120fffbca5dc52066f055f1a83a548c0c1a2633',
  'keo-dua-mo-cay-4.orders.jsonl': '7161de3dfad0a1307e94bed2ef2b59b4005ce4cdf55b06b4e8500f1456568d16',
  'keo-dua-mo-cay-4.shop.json': '8aa92f051521c5a169946311e17a9660fb360bb63c63454aa40b2048a03388ed',
  'keo-dua-mo-cay-5.orders.jsonl': '36e8fecbd9010c05d0aa5287c3da62afa2c109fc85abf120066b8b99c1a340c7',
  'keo-dua-mo-cay-5.shop.json': 'c99995af4d923723bfbb9d86e00de555a2669ea9d5bf1868464a350585a205f6',
  'keo-dua-mo-cay-6.orders.jsonl': '7a60bdbdf8248205ea27e9de53f0961e27d773497cf7f6e5f9c35fdd879895f4',
  'keo-dua-mo-cay-6.shop.json': 'b54a6be47fa09ab9c630169825426bd8e35d526e41eea328709084d7941f96a9',
  'keo-dua-mo-cay.orders.jsonl': '187bbf0147aa01ae3ee40423c626874b4613dba9ccd87e876e251c5c9736ee44',
  'keo-dua-mo-cay.shop.json': '9618d8e6637d69b0bd3e8376a9b44b7bd3f60657f3c20cad6954319d62123990',
  'keo-dua-tam-quan-2.orders.jsonl': '5b1528572340b0a78ed92f8400cc0fe09548954f55d52df0251efdd503db811b',
  'keo-dua-tam-quan-2.shop.json': 'bf8935e35aba8dd24d63555f8d943d760ae46219452b6981b1bcc34db852c0e5',
  'keo-dua-tam-quan.orders.jsonl': '381a8a50556c83f76e55b8f2706e19e6fc6b0c30a520db645565167051e5cad0',
  'keo-dua-tam-quan.shop.json': 'a5f95501101d775a6d7bab08a4b5578fc8e90705e53a93564b87197d33f346a2',
  'keo-lac-cam-xuyen.orders.jsonl': '1b3554d193c3cc48a9108c75a3630bfb5209cec02010c286f4dffe9fd98129ff',
  'keo-lac-cam-xuyen.shop.json': 'b44eddb4dad64d134ec34a35e918fa99098ad785d1df9885e46b2e7424aa43b3',
  'keo-mach-nha-keo-lac.orders.jsonl': '02e56f1c8d3671205ccc3a58cafa2c2a24bf4e50322da678bd77a26fbe1a2479',
  'keo-mach-nha-keo-lac.shop.json': 'df242318f390e15fa6b3c3aedd762e547d3299c4df6d73980fa215e7f0df8f33',
  'keo-me-xung-vy-da.orders.jsonl': 'b1e00c980b2186a2ad30b381dcb8357b1327de679a35c0a88e3f0a233d269777',
  'keo-me-xung-vy-da.shop.json': '475d710d01a691d6722463902291590e498447652828855ef19a49c097892b54',
  'keo-ngot-nhap-khau.orders.jsonl': '90dbb8861b377ac721d46e018989d80c07b944c0406aefc2a4678cd49a7720ec',
  'keo-ngot-nhap-khau.shop.json': '25ab9f19b4f154571094123266b41cdf8cad26f955c5583fa1f6c9695480e9a8',
  'keo-que-thanh-giang.orders.jsonl': '3f71b17c4c35e3ae25a60234d6d475c18a107377c2174ebdf31981284d3399ad',
  'keo-que-thanh-giang.shop.json': 'f4343fe1fc45d8f621406fa164355a892e157c29f62a7c692bda35f34e2cad71',
  'keo-silicon-dan.orders.jsonl': '13cafb55714f279620dc294c6ddfaa86ca223389343f66e34b879f9d0cf23de5',
  'keo-silicon-dan.shop.json': '09808d1a6ccaced3c5747417d15f30e57100bfc351bc8958289b41ee6b654726',
  'keo-siu-chau-vu-ban.orders.jsonl': '1d9247df75c354a5e9cf4e34aafcdb6e56cab8a100a19b3a58d566cbebcf20b9',
  'keo-siu-chau-vu-ban.shop.json': '0acfa0d7916d56721a4a00378d8490a6898d271def863355fa769a4a824bc283',
  'keo-xuan-hoa-2.orders.jsonl': 'b8784d0c43e4a5ba42ad3dcc6b3b000f8a91ebc5ab41284c2855fe2a3fb6b655',
  'keo-xuan-hoa-2.shop.json': '9bf8438a962e0a5feb38a7f01a548bcb9fbda5b0b15b7b24278dc9aa3860aab8',
  'keo-xuan-hoa.orders.jsonl': '20be695d816bd2e94075b50c0e32756310c91f5b7e17d80bcf700a3d01958425',
  'keo-xuan-hoa.shop.json': '834080e34b17e706354bebf784e315f438d6cccc5fd2d6ebefbbd824d240de15',
  'khac-dau-hang-quat.orders.jsonl': '8da7377aaa5a7142aeaf152326afba245fde288c4faa143336d5f62ae08d74aa',
  'khac-dau-hang-quat.shop.json': '0849ffa25102cd9b8bbdf9895705c66a7750ee0f7987c2c3acb3d28b68395489',
  'kham-trai-chuon-ngo-2.orders.jsonl': 'b48ab857c902da196797e3fd895877d3a3a1aa271a49fdff9938d6de721ae974',
  'kham-trai-chuon-ngo-2.shop.json': '8ba0109ffaead2be77c33dc39b680f8aa68e2981a64b24f44528cad6f5229e20',
  'kham-trai-chuon-ngo.orders.jsonl': 'e397d554cb200484e294e032fc2fc029d4632c8aef38e1618117d7dfedac189b',
  'kham-trai-chuon-ngo.shop.json': '473ccaaad935c948a03ae72ae9064612d60b35be2365eb98a22fbfa24c954e83',
  'kham-trai-chuyen-my-2.orders.jsonl': '3925e8f9efa5cc3c946e66103aa6ecaaacac970f96c6bb5fe6cf54525e50809c',
  'kham-trai-chuyen-my-2.shop.json': '8cfc19ee2397485e3f7481cae6acb269fb30d9ddd716ec4cd8d77e6597a2839f',
  'kham-trai-chuyen-my-3.orders.jsonl': '9f2e305a7eaf212f145cd3d849966aafc3bb418c82d56611bb9301eb5c57c49c',
  'kham-trai-chuyen-my-3.shop.json': 'a1bd3cfbba07465e1c18a7ea6764dd46256882a99356394c13f5ccc13a06f96d',
  'kham-trai-chuyen-my-4.orders.jsonl': 'e1477ebfd90404c0275573a3a0b383d276f6e57a97f09e986f6d0557bf3a9208',
  'kham-trai-chuyen-my-4.shop.json': 'ac7d42b3bc2953f342e281c96cb33aac19da704495e963d3f87ab21c64852312',
  'kham-trai-chuyen-my-5.orders.jsonl': 'ef770c3ec96eecd931b9ff6c6a450c07b3913ad5c64bbee6b9866b4584e50636',
  'kham-trai-chuyen-my-5.shop.json': '24238f5e56098df3c12db3dadd8f26d0d09ff6a86ac7bb9cb87859e8996af7e7',
  'kham-trai-chuyen-my-6.orders.jsonl': '2764617074f1dbbc7bfebf32d1cc4d1e27cd6da5c36dca0c7e2ed63e61f8ef55',
  'kham-trai-chuyen-my-6.shop.json': '62ffd4541f4ea0edb1ded9af11178340cdf9a8046f8b065ce23798857630fa6c',
  'kham-trai-chuyen-my.orders.jsonl': '2cf50ddeb112528c3f446d5a260f64f76ca585fea05015f230eeb03bf818d898',
  'kham-trai-chuyen-my.shop.json': 'a314cd2049e488ee9663ac009efd93dc3cfa7f5da05b63f949d24268b50a7365',
  'khan-bong-lang-det.orders.jsonl': '64e3b4f451573628d49f288c10f36e28e4bf62c47aa720eb52cdf0e24c715a98',
  'khan-bong-lang-det.shop.json': '2aac2cca9e7a1e90e5fe967009478dfe724372458f95690e6134b0b04ac5dd3d',
  'khan-bong-phuong-la.orders.jsonl': 'f1df166064cb262a1c2fdde5fdb19afecd2f0202ca9085283da5872a731b99e7',
  'khan-bong-phuong-la.shop.json': 'f4841e355e52f8697b9968fc2ed5d148a75aa2a4409abe81b3e85df0e1ef18b5',
  'khan-giay-an-hop-rut.orders.jsonl': '645e41b6784cca2d3b4512aa76acd7d4a55fc6be5f21f35fcd9bf9b7cf23b3e6',
  'khan-giay-an-hop-rut.shop.json': '1217f899f4e9a9e040085831e1fe21a4f07d59c572a2aea089108dc854d6e583',
  'khan-lua-in-hoa.orders.jsonl': '4ca4fad6055f92465a5ac2d4f3daf2aeb6ecc9ae57d148d547fc24b8215a91dd',
  'khan-lua-in-hoa.shop.json': '9c5992da16f496b95d7008a77e238c07ada6486102825f437fc951c6c8a0f8e3',
  'khan-lua-van-phuc.orders.jsonl': '99297bc384382237142eca3a1cd70623217cedfcfc2559eaad2f57a296395501',
  'khan-lua-van-phuc.shop.json': 'ffb07ce882307f82b005055b17a62e22c9d4eeb1599906fc3bbd3f692cc78bd5',
  'khan-mat-cotton.orders.jsonl': 'd78f3ddfd11ed8b59d67367fb5c759d8f6f292111346ecb4c67af8d9d247ad24',
  'khan-mat-cotton.shop.json': '3e38b8575c01c786ec2619c5d96436aaae76e186018e6e6c02abb2c3e49bfe8e',
  'khan-ran-tan-chau.orders.jsonl': 'e9383aaac43fecbc098dab4d051e02f3765976665fa454156ea4abbbaeeab601',
  'khan-ran-tan-chau.shop.json': '4fed2415d8c702bfdb07df08489e3c8315f21cf1e843ec02d562366d273f9e7b',
  'khan-tam-khach-san.orders.jsonl': 'fb2638f47e4c1846983b87abb44613777fd55f164362fe10e7f54ba0897856c2',
  'khan-tam-khach-san.shop.json': 'e22bd6621cb8890c6892392a1a6674253af43bc550d7b1eff07e163e9dfaf3ee',
  'khan-trai-ban-nap.orders.jsonl': '1884f227ae878a63cc5324e535e85abf36b9716a64c71ed7b47733068f19a041',
  'khan-trai-ban-nap.shop.json': '94a8aa64c583a24d7cbd13c15670f16f0a965f7e70173a7067fd187809ede544',
  'khan-xo-em-be.orders.jsonl': '6dcec76f50cb09d43639779f4da15ec034e7c151e380624924ba04e1803bfed9',
  'khan-xo-em-be.shop.json': 'ae81731b554abb0dbc3d07cc41d96dec106f41ae79e452150dfbca93d9caa060',
  'khau-trang-vai.orders.jsonl': 'ae42bd83b3672a2545df8dd3c39bcd5c5d52427ce2b7b4b505ce2ee48cbe09ae',
  'khau-trang-vai.shop.json': '7f71f1ee61a05dd881c061f79e071a9d7383028e8ef7504be8a79bc9aef30242',
  'khay-da-tu-lanh.orders.jsonl': '7774894a6b463d2a8ba0c39ca5ed47e29863622eb7e97b5cd6709f496be2e09a',
  'khay-da-tu-lanh.shop.json': '742ba21e487412fafe8513bc640b70c008525fe22ba5b250dc489924cbfed073',
  'khay-dung-trung-vi-trung.orders.jsonl': 'eeb1a2acba46219bd097481dcbd1b4dbc7bce53b6bf58f2d90f2d8af669f611a',
  'khay-dung-trung-vi-trung.shop.json': '6c89598a584fefd73d9212ddd839bfab866a381570c4b7bbf312fefa84509b07',
  'khay-son-mai-dong-khe.orders.jsonl': 'db37273149d3d2d5d70d72259cb0fb39ffdeb1d792c992c73e7f7926504f77d0',
  'khay-son-mai-dong-khe.shop.json': 'ef7dd7f10ac0c2d859579aa67349735e8ee06f79060533e2334c6a62c1d1937b',
  'khay-tra-go.orders.jsonl': '8122e4d8963c332dde6e6b99d6e2b509af0bdfa3858754da37a312b672bc0bbc',
  'khay-tra-go.shop.json': 'e63eec654a42787a9c789f3609d370e4f82e5a7e37f4c726a3ac388ef2b4e1e6',
  'kho-bo-do-an-vat.orders.jsonl': 'c527fa4627d11ce498c754f3e4f3e040a0f6f18d8308d2bb6bfb0cd4d22087cd',
  'kho-bo-do-an-vat.shop.json': 'f60beb330e04eb639510922dd631ebcaff0f9736820d593fe0052730a0879b7e',
  'kho-ca-cua-ca-mau.orders.jsonl': 'b051e74462306d241e12250dfe417f96af069917aea04db70370b5a079986d34',
  'kho-ca-cua-ca-mau.shop.json': '08648b68b3adaa772d6aab0997ce81ed4d645d67c63d3873dce9e0dcb7511c51',
  'kho-ca-tam-nong.orders.jsonl': '3e5702b114eb024a49a07105214a9de4e2b43f21c9d77a7bc81a16e70dea1997',
  'kho-ca-tam-nong.shop.json': 'a455fe98d53bf2f3cb81d6ceaafd8b05d60edd2317fd49a4e0a79a8afcf94afb',
  'kho-nam-can.orders.jsonl': '2222fb92995de1f6636d690522acf5e65a3f4bebf6f6d68fa341beb43b8236e5',
  'kho-nam-can.shop.json': 'a79dec79d08073b822e76bce357cd8cae6c05e35b9a6d5daee6bd875567d4936',
  'kho-phuoc-hai.orders.jsonl': 'f5e7d3a063ca1d9be0f3d5903091aa08364559ece421c465475971593580b057',
  'kho-phuoc-hai.shop.json': '24c454b2786ed3dd525f9cfb663d0738056d3f8d38a919fead8850d9a02012d3',
  'kho-rach-goc-ca-mau.orders.jsonl': 'd18c4ca484c8c4e789b64d404deaecb7a414fde74feec8c08a3d0788c332fd8b',
  'kho-rach-goc-ca-mau.shop.json': '55887e3fdb52c88bb24ccd5c8580455595c679749390e6c3023609ab2fd72d2a',
  'kho-rach-goc.orders.jsonl': '80d802803164b36e2c56116a9c285f78cfe92ba63b72d794d7e8cece9310d6e9',
  'kho-rach-goc.shop.json': '2252c19c0bd84c7ad263b393475f4790b0c013ad8ee3f545c99d2b9aa1bde319',
  'khoa-xe-may-chong-trom.orders.jsonl': '3fafe71737771ac5f03b4150e2c50dcc339df595029cbeb87741095a92a89757',
  'khoa-xe-may-chong-trom.shop.json': '3c9fa41a1878e9cf18191a9a8c6f60cbd0ed0513997b17473a6ea3e2652e4a8e',
  'khoai-cu-loc-dien.orders.jsonl': '50f919de2eae903073b19365a4cbeae504b82e8caa9d822d92cbfd8290d4c30b',
  'khoai-cu-loc-dien.shop.json': '142831427d2c3c326a13afbf98f926bf5f56e9719ee3fdb07c1b167f0d7a92e3',
  'khoai-mi-chuoi-tan-chau.orders.jsonl': '7e36173f0801d4ada62d501dc507d2d079711cef7e317be415b4d1c17a3a98b9',
  'khoai-mi-chuoi-tan-chau.shop.json': '3a4e7576ff319f2a18ac92d4b2f92d616360564627900d9d073b1960c891f879',
  'khom-buoi-vi-thuy.orders.jsonl': 'f0cbc13dee5f1862197ae8e8e230033aaa2a172b71031dee60c6856befe0f08c',
  'khom-buoi-vi-thuy.shop.json': '5fa712d8880d7db8f4c6d5e61e028a0264ef2cd5e5562a76d4c51aa155f56dca',
  'khom-ca-loc-tan-phuoc.orders.jsonl': '902c5ea7fcc99f3e4f8100fe14b039a060d9c9beb9babf03a7d842ff68f60f45',
  'khom-ca-loc-tan-phuoc.shop.json': '2e75a8295270e5dcfa3624b01abff998c726848daf08fcb359d7fb3ab5bd7731',
  'khom-mia-phung-hiep.orders.jsonl': '71b32e777842c12dbfd342a20bb2c37dee925581cec68a7e838acb1bc0b9c88b',
  'khom-mia-phung-hiep.shop.json': '3d79995a09c954fa1eba919654d7a883a02c56d339522dcbf43d9afd7856d598',
  'khung-anh-dong-ho-go.orders.jsonl': 'c83556967849135413e67d79cf5f553a1743d5c18528ac5082f474230a3d7827',
  'khung-anh-dong-ho-go.shop.json': '8ebbc03ad0dd28dbb8596732e07a9ea7cf2e2b6e6fda8dc6917ee32f07b4acc5',
  'khung-tranh-son-dong.orders.jsonl': 'c13a8e6797126b59dc5a602e283dc5e34f60367853f6e72b7b70172a488ae5c0',
  'khung-tranh-son-dong.shop.json': 'a7e755a91529e730782f978cfd948f77614e6b26877193586be9f046e95d9970',
  'khuon-banh-dong-hoa.orders.jsonl': 'e349125e00f5f4f85bddc33a090883676d365c0c10f5ed4f189e8d9cd9f95dc2',
  'khuon-banh-dong-hoa.shop.json': '6606ec08c306b08a55c0ccc3b796a6e986dbbeeb8ea3b5b331d3fd1c12e130ff',
  'kim-chi-dua-muoi.orders.jsonl': '616c6b52a1278ce4ee76ee0e874af88c84a1ee05790de0343a93017964b26913',
  'kim-chi-dua-muoi.shop.json': '2dd9886779a25fe0883448861b136b83dfe93f5f7ab8c2a253a3b6bddfabad07',
  'kim-chi-may-khau.orders.jsonl': '46b466c75801fe0935e4497ccf00e39bb03b12841239dc5f93e55f44615cd488',
  'kim-chi-may-khau.shop.json': '9e9b1d57fd8c51acd400d59d9611b9d292f196080601ff884191254f217baee9',
  'kim-khi-phung-xa.orders.jsonl': 'eb5f44c076bcfd4e8ba19a46581c70253080a849928c8ae8d0efbd1927815506',
  'kim-khi-phung-xa.shop.json': 'bc019ce47ea5e338545df9ed79271fc4ab8b22d7a4055a6af7e60b8f21dfe846',
  'kim-khi-thanh-thuy.orders.jsonl': '51b8b382febb470752a76d5f2c3524e7a8cbadf1e6a5c2230168f410ddbcba89',
  'kim-khi-thanh-thuy.shop.json': 'e2d92138c29917c17ff9db6aec587272194b7bd3af5b6f3a7373479a6daacc39',
  'kinh-bao-ho-mat-na.orders.jsonl': 'fb6a882a0b775388c07ef63ad7e587b35ab56b886a545740df1234393e82a653',
  'kinh-bao-ho-mat-na.shop.json': '3873743ba70e7584ce03b64a80dd99e716ee58d7d4cbf0607dcefe32128a4632',
  'kinh-guong-phu-xa.orders.jsonl': '23eea388901637186d5b33def768428b440fb06dc13c87ed4030bb9d0447411e',
  'kinh-guong-phu-xa.shop.json': '8921a2eca794a2d9b30f58b572326a820c7a3150b4ba658303475059de9e064b',
  'kinh-mat-gong-can.orders.jsonl': 'ff613baf200953abba6f5c03b6315cc3ec9ee9489e88886a3de78c9810536185',
  'kinh-mat-gong-can.shop.json': '0a5341b513c6956dc7121c742a630203198f02434259ce512e4adcc4e10cac08',
  'kinh-mat-thoi-trang.orders.jsonl': 'a2dc68dd236d49e49365492cc9aaa091f627f871eff33756d8fb2106a81d1ed9',
  'kinh-mat-thoi-trang.shop.json': 'dc0b9ce29ad3be0aa4831eb44e29b440013cfc9284de0a722abba626d37efb4e',
  'la-co-tan-son.orders.jsonl': '7e2fe35e9001bbcc1d450c4b2ab8aa01941d27c2ea70967b8b06d7eb4eaa3f42',
  'la-co-tan-son.shop.json': 'd9617a239de4d0ef045babc65af33b5a25d0ce715d09942b4ebfbb0f4901e2f7',
  'la-thuoc-yen-son.orders.jsonl': '7f85dbd7a91c27ba571912e3ea04a2cc3d83408a1f27fd877855a71346ee3dd6',
  'la-thuoc-yen-son.shop.json': '32dfd6e3e598162505d835f7a5ef53405d00a7ecd3b6159782d5435b5e7f3771',
  'lam-san-ba-be.orders.jsonl': '84e9a7a4c07684aa35c3ba654e4b04fb6922845b3e1f7be9e2d4c4e5e6ccd8d9',
  'lam-san-ba-be.shop.json': '33dcf5c5b4935ba9799d020233b9aac04af50f6935b2640aa3458a88b5d64688',
  'lam-san-na-hang.orders.jsonl': 'dbb526667f719aad95bd05a90d2c5189993e90e342bb5242b32181f0ff22faa9',
  'lam-san-na-hang.shop.json': 'db4e7abb7ab931e11dba29e43d8f1243f0399f6ca06891b09e80a1fc567aade3',
  'lan-ho-diep.orders.jsonl': 'c86f7d3accb1b8e4078ff0e2a9a61571c83f71177ce9a686e173baca2a6cc192',
  'lan-ho-diep.shop.json': '66b13a8925c0b9f74101b7e09ce073eb568a6acdf75ba9d7a02596a0a2abaa2e',
  'lang-chai-nam-o.orders.jsonl': '2df9704bb7b71f56d5bef5bbbf2468ce1114c0a5a403ffd15aa5bcc7ca7d4a4e',
  'lang-chai-nam-o.shop.json': 'e5782544e4b8ccd2ab275ac15d6aa6e5949e933d9691a9a7e68786e7e9eb6a75',
  'lang-hoa-sa-dec.orders.jsonl': 'fb2e4e7907ad3b6621666a6b05a3b2b4ff4d9d05e1f25cc40be236dafcb1657a',
  'lang-hoa-sa-dec.shop.json': 'cd55cabcd542c60537e1c03119bab686a3ea7f6adb4e2ea8fef8cd7464096a55',
  'lang-sinh-thanh-tien.orders.jsonl': '030ca6ff1bdd62b296719f95862600b2e572503ee814acc1a9ef84aae353796f',
  'lang-sinh-thanh-tien.shop.json': '991da2704cbd2bd4a559ad2a494ab306fdf31f7a537b8a7ee2b5fe6ae8ad075b',
  'lap-xuong-banh-chung.orders.jsonl': '7b7e67b604df962a140958b7f99737989ed7157965b92db95bc184897dc785c2',
  'lap-xuong-banh-chung.shop.json': '004b1a14fedf5dd6b8a71389057e531a8a09834deb92ccdaab86fbdf0829542f',
  'lap-xuong-can-duoc.orders.jsonl': '3a8e25857f910b93c561cc6b6106960348323020bafbe4a454f542e87e5ea94f',
  'lap-xuong-can-duoc.shop.json': 'ab5f39270838055c5def4511d47b5ae2394dc39d48d4a145e6bacd3dc2d56ea6',
  'lap-xuong-can-giuoc-2.orders.jsonl': 'e7af57df300c3f86a870c6f064669e6751f9a2409ee4fa06c9fc74b12e1b5d7f',
  'lap-xuong-can-giuoc-2.shop.json': '1f71606a7704f97bcffaca229e7a87d38099dad7a8a27ce3a5285fd74053337e',
  'lap-xuong-can-giuoc.orders.jsonl': '186822b51641fc55eece3b599e8bcfe627071ee7780ad1b6d3f129ffc472db52',
  'lap-xuong-can-giuoc.shop.json': '1f57af42761e8016c656d3c0aad347d512fcc27ec84c036863b1210cf7357f31',
  'laptop-linh-kien-cu.orders.jsonl': 'cc2e89dcf64d38ebe2b2230fa2e1c5ecf86ab112dc0637412111bac2ea83b3a0',
  'laptop-linh-kien-cu.shop.json': 'f25738b5ab40807ed8322c350af89014f81c3a4e1d4563748393bf794fb4e8c9',
  'lau-de-mang-ve.orders.jsonl': '9011f8ea25a22772bacc92b80152346fe91b0c3d8175393c7f4168be6b4aebda',
  'lau-de-mang-ve.shop.json': 'b1b47b54a79885678a894e4e998f29f470cb25c01d463c270dabc1acd450c30e',
  'lau-xom-dinh.orders.jsonl': '91ec9b38834fccb2b29fa736e8f3e4e24644467568d4b4425ac9d360b4c0a0ca',
  'lau-xom-dinh.shop.json': '2e0d1cfbd4675bf44570bea89f8c5bb3529291131e86f5f05d8ad4400b7d6c0d',
  'len-la-phu.orders.jsonl': '7531e9d654adffa62d2c7c2189a9de32bdfbf6dc76393fd43af7d768dbf0929d',
  'len-la-phu.shop.json': 'b708577986ff20044ef4262412c03ed33cb0c8a25e6863e8b6ac55c1f63eea5f',
  'len-moc-tay.orders.jsonl': '641fdb579455d11cd129c7b47031ed96c4e178c8a5f75bd0bd87731d17e04989',
  'len-moc-tay.shop.json': '697b8edf42447ef2b79918ec63f95df09a5c5c19902ab5cb7b7f1380aa22ab4e',
  'lich-tet-in-an.orders.jsonl': '0e4d70152ef19ae0d5777fe3dc50013bd2b94eb21b26ec91bc06a18240cdfd83',
  'lich-tet-in-an.shop.json': '9ec2121fb440aba76992606aa2780d29c028a47d82176e9e12c8f748ff000a03',
  'linh-kien-dien-tu.orders.jsonl': 'a3bffd2f0ebe4759beb5a4a583c135bc72f269095ebd947077b3cae450252a9e',
  'linh-kien-dien-tu.shop.json': '6d23d43ea19725ce6995d7f62c1fbd6abcf8c43e313a5708f4377d1d6a6de02c',
  'loa-tai-nghe.orders.jsonl': '7a0a4fae516fcbf67e9333bdc109e70c837b3695ad4db903c5cb4ee496ba312f',
  'loa-tai-nghe.shop.json': '46b1783c983e9c18431a53e2cd0e164832641cf702240e0e544b9a367467762b',
  'loi-loc-nuoc.orders.jsonl': 'ab046f4f9b3a347b0d0b5e74b49e828c9d774a3bc22dce1e6a82c66c4bfa8dbf',
  'loi-loc-nuoc.shop.json': '0d1ad81eef71e1a421421cfb20e0a30785ff46d3def12534693aaefd9b93272f',
  'lon-ban-mai-chau.orders.jsonl': 'b12ed70884e1c2f9a6a4fd6863544d079bac9e9ecace4793642d44452801cd13',
  'lon-ban-mai-chau.shop.json': '690a6851614e091ccd3b5bff169e2858cd1c3de60b5074b7b94cf92a367ab566',
  'long-chim-canh.orders.jsonl': '24ffe113c479513d1a10a4ff08254c451911df58109f810b4e6eccdb7808ae87',
  'long-chim-canh.shop.json': '140329babeb06ca2548a83ca12054619ee246626fa3f8290ed59a87b970af7d8',
  'long-den-hang-ma.orders.jsonl': '951419668fdcbc0c59127d99035427194e514eb948330f430f68a05e3514863b',
  'long-den-hang-ma.shop.json': '61f0847e7b92f169db71390c3d074ae1db8edf3c7295614b04e8cb1b75278dda',
  'long-den-pho-hoi.orders.jsonl': 'da974c04d79d6f9ae4323019087842cabe1c59a000482dac57281b6c2004977d',
  'long-den-pho-hoi.shop.json': '6460300b7e323ca06c95a27103f1a31ebf6405d79ea8f37723a131b70e589748',
  'long-den-phu-binh.orders.jsonl': '2400073f99b06fba3b7e1e0918429ea852f33d67ac8b26edb98817ef2c095a7f',
  'long-den-phu-binh.shop.json': '723b4234df3358a2ecd5bffc99c6dd1978a60fbf21f190f9e51865b83a0dd5a2',
  'long-nhan-pho-hien.orders.jsonl': 'a43b12abcb3b1e7359679a21b7ed53497a5bcf87de3c20c62aea105a78f9f3b0',
  'long-nhan-pho-hien.shop.json': '8e0449db92a5bc0b44db68dfb09351a48d9c8b2d28c1c6a160b16e3ce72cc21f',
  'long-vu-trieu-khuc-2.orders.jsonl': '41f18f545562eeb8180d25781854d1b587aa0d4bf6ca73aab398b5c7dd6f6609',
  'long-vu-trieu-khuc-2.shop.json': '435c3c628f66b390b06b19efb95fba973c93aa03d7d95d19d059b8d69ac91623',
  'long-vu-trieu-khuc-3.orders.jsonl': 'df34df4b0fd128b9b4c3920222aa69c1c2f6c6d5980683009ce17d44719ae751',
  'long-vu-trieu-khuc-3.shop.json': '9d3105465f9b50fa76c6ae4e4a8d336a5304bfe075467d22fa0e2c0b7ae0e708',
  'long-vu-trieu-khuc-4.orders.jsonl': 'ee573b56df448edf09e5aafe8cd1082163995e9811f29f8bcfa275ca13e2424b',
  'long-vu-trieu-khuc-4.shop.json': '24debd9348d68aff656d6ffcd30387e75f17cce719de441a71648c31cdf46ea9',
  'long-vu-trieu-khuc.orders.jsonl': 'f1ec779bfe839f061af185012b3a1e1a955ffb220bce89ab5894ee1d21c8590f',
  'long-vu-trieu-khuc.shop.json': 'af7b5b47c13f0235bd723591e45366e2b08933691a386565d7bea5e01e56ee1f',
  'lop-xe.orders.jsonl': '4190fcaae01de915e5e92c12cd8414e970bc93f082ca58d3c123f4dc299fa432',
  'lop-xe.shop.json': '392e77441f08dc82ccef74924467a83628a0984c11abaf66e5338fcafc794792',
  'lua-co-chat.orders.jsonl': '5b8e1b96139e0ebccb677feacdbe3e79e42968f8025acbbc637ff14e67db6fcb',
  'lua-co-chat.shop.json': '63c9b6a9d494ca9076cb61c28504b0b996a59e7e1df2999113ae3fc7c3fce3e5',
  'lua-gam-nha-xa.orders.jsonl': '8402259dfeeca3c92804ff8c6c8bcdd33bfce2dc30870b2df7d44470b52c0a3e',
  'lua-gam-nha-xa.shop.json': 'fd6628c70a792fc5c39a09f632007c219af2042d772f42aafdeb65fedfd8180b',
  'lua-ma-chau-2.orders.jsonl': '497034d366fc73da7197e3aee4a5c1a91ec0d96a1666fa61558f09093c6aea6e',
  'lua-ma-chau-2.shop.json': 'bb0fbd93237f38511f9c7adf847e2a5ba949b3cb21cbd2a8b72e42c26f605482',
  'lua-ma-chau.orders.jsonl': '43eefaa125e5d6f42fa9cab1c072d1eba52791d70f0c97db578088ce25264ed4',
  'lua-ma-chau.shop.json': '6d39f3efced506b85abaf505a1449fb12ee7b6df304a7a87c3c9db23ca432f3a',
  'lua-nha-xa-2.orders.jsonl': 'a3104cea82472cdfaa61bae31a20df91ebd462df8e7fc7ebcae91ccda63eb703',
  'lua-nha-xa-2.shop.json': '1c4cb7cd0b37a5bdddf4bebacf872444abbc68d19b7132656f884b64778712f9',
  'lua-nha-xa-3.orders.jsonl': '0dd4eb252fa227f5163ee30452414125f1d6ec4f4cb33006d02f65c5c76cf126',
  'lua-nha-xa-3.shop.json': '26007e5c54e318ed86c39aef38a41ccfc804d811ce3dde0231157b4c4a290f9a',
  'lua-nha-xa-4.orders.jsonl': '6b5e877f7194c16ca6101c57f9e770088aa89a65f40aa8ed3500962d18bd590b',
  'lua-nha-xa-4.shop.json': '9cdde343273b6d4ff1b7efb6e8f730e3b1b19716582ec499c49a0791830a391e',
  'lua-nha-xa.orders.jsonl': '348b13991be0e41b22aad3df2eb6ca6eb2547949d431490598d76a39408b179f',
  'lua-nha-xa.shop.json': '7290d0b188c89b226eecc8a22c82d83319b2f5cac508aa392259201116388dd1',
  'lua-tan-chau-2.orders.jsonl': 'd1468fb7723827a90980d24bd211c26cafea23d06bc02a3d802705a9c71f24ff',
  'lua-tan-chau-2.shop.json': 'b2075763d24576c0f862c728a58ba431f665f72d0762a3826880e1236c533591',
  'lua-tan-chau-3.orders.jsonl': '3c19efce7863fcd6bdcde29510ceed4e56e02e2b2e92af0f6cd63784870d2fc9',
  'lua-tan-chau-3.shop.json': '5feba723a6999718b7693ea106df591c747b068b7f11a4310cec4ee1e9f6d57e',
  'lua-tan-chau-4.orders.jsonl': 'b204297ea15370a42cb1f8e8db09d526db4ae414c3df2364e559079f8b83f0e6',
  'lua-tan-chau-4.shop.json': 'affff140a10d1a085f37a18a5b43c2dfa7aa419abb6d7b61dc7db559feb5ac47',
  'lua-tan-chau.orders.jsonl': 'a0616ffcc91b935a0005f0688c728fe6058788fea0d27201fdf16e6b5a4ed81d',
  'lua-tan-chau.shop.json': 'ce02af08a0dacc181684a0176f7ed4b7abd9a0d56f84a7ae123afcecc7617c0d',
  'lua-tra-bao-loc-2.orders.jsonl': '3876f74114dd9ff66d3d8d7d6bc1e511fa4c6a6e1c8629e6895186b491fce646',
  'lua-tra-bao-loc-2.shop.json': '6cd62fd76b45cc4c1ee41cb4356e1177a71db0bbe3a528062c05b8912e0d1f8d',
  'lua-tra-bao-loc.orders.jsonl': 'c4cc9ef306a37980c6b5b12b8ca8e0caa549a03960710f1ea7caf9640e595c86',
  'lua-tra-bao-loc.shop.json': '4f727c5d3ef271fa35655bf1533f5d75043cf9db1bd6510590c76210598bf3ed',
  'luc-binh-thanh-phu.orders.jsonl': 'c05f2ef6553cdec023afe307c4424419e33de9fb097d1b4858aed321f0507ebd',
  'luc-binh-thanh-phu.shop.json': '1e5b786f303463c75846a8c717ce9fbe1c139cabc457e5be85dbe3327aa14449',
  'luoc-sung-thuy-ung.orders.jsonl': 'cca4a38b7c6d03cafbf3ac6eea89874356571ff31702f8629ed54aff502bbc49',
  'luoc-sung-thuy-ung.shop.json': '86a109c83ca43cff1202575d2a8b92636ed1372d1808b8d8385764358fb50122',
  'luoi-cau-day-thung.orders.jsonl': 'e88f3770fc392ff961ac8ea8f0a7e2dc17fbae8c51611f44e79ba6977ccf995c',
  'luoi-cau-day-thung.shop.json': 'b093a04e8f33612b52765868c211b70b438649580dbf414421ada069353192fb',
  'luoi-ha-thai.orders.jsonl': '0b773a9ddc8c57b71d29c028174de33e3c994ca7d8a1621cc3cb149d48aab717',
  'luoi-ha-thai.shop.json': 'b35ebd883415e6221684ac042ec96bc2185de2215b716d0db46c93c9fc140c0f',
  'luoi-tan-phu.orders.jsonl': '67434c9d4d2e9a78d514a4fcdfa061eac3edd34be57ea114c2cc12ec75098ec6',
  'luoi-tan-phu.shop.json': '80fcdd906e8f2ba26557e69185b793ba251b2745e810779523eaec9d1a1b5eb0',
  'luoi-thep-hang-rao.orders.jsonl': '4bb29a6a1b75dffaedd33213a12571f0947d412322b22f0c1dc9644e9bda235c',
  'luoi-thep-hang-rao.shop.json': 'ceae85e1ec5fbe91d64643fa387398ecc3cdbf42b45e92bbd7e5861f9f29714b',
  'ly-coc-thuy-tinh.orders.jsonl': '97bb50d9ab1fe3fa6ee81bd4a4f3bbb126b17ea3580a0dbcbd52aa8ab2bcaacf',
  'ly-coc-thuy-tinh.shop.json': 'cac9894c19e2a0ed7d391da3f51f1a785b504dc876de462708c1ede68ead30bd',
  'mac-ca-hat-dieu-krong-nang.orders.jsonl': '9760fa2ad640b25bb41f2e86a63f571262aa037a693d421429a66cd90152a367',
  'mac-ca-hat-dieu-krong-nang.shop.json': '2a354069715985ac3893650ae6b9d4ba0118fd88512b9d0da462676ec12c039f',
  'mach-nha-mo-duc.orders.jsonl': '7196744f667b4cc843196ee73d3bc98b686abb5711a2f8263e026c8d90f8031c',
  'mach-nha-mo-duc.shop.json': '5e60b26802fef36fc4c17eea1b0e272273ce01a10102ca0bc0c347f45e912e6e',
  'mach-nha-que-quang-ngai.orders.jsonl': 'f1073e0c23baf6142a1737a0f8392459d12e530bfea5fe0d59e2a2790c44c701',
  'mach-nha-que-quang-ngai.shop.json': 'c64a168e8d2c78834704179c8e0cb5368ab520be53832d429c4709e9fa6c12ed',
  'mach-nha-thi-pho-2.orders.jsonl': 'b2df6099e8d928c1edf5293d74ac2c1e6a156812c75296799452317318103abc',
  'mach-nha-thi-pho-2.shop.json': 'cfe1474efd974a95241f1425e1b689e88c1117f6d8e0146e32bb39c0a19a1d61',
  'mach-nha-thi-pho-3.orders.jsonl': 'cbc9df3a3982b4abf3d981b6d9aafba50144ebfe08538816f9afbf5861f8b651',
  'mach-nha-thi-pho-3.shop.json': '05ac606eaeac1c827a62677b0d6aafd3c430db7a0739f5a2925bab8cc6610ee1',
  'mach-nha-thi-pho.orders.jsonl': '0034702c12d69d38036b7aed95decc4a0276d80cbec47f32af69e2ab31277ad6',
  'mach-nha-thi-pho.shop.json': '4e66be4eeb1c5dfbbc249967435bfff50b339207f8b0509a70be0e4762dacfd8',
  'mai-vang-phuoc-loc.orders.jsonl': '0367567d8034cfb33a47b2fed074958c466ef5f90adc23f383754bf18734026a',
  'mai-vang-phuoc-loc.shop.json': '7f2f81a6f235959ce0a5e76b05d96a5c0397b00a63d6e7e0bbbd90655a4c5191',
  'mam-banh-nghi-loc.orders.jsonl': '31261406843eb39ac1aed2a4fed021322705875146fc0d6975fe865e6cf4dc5e',
  'mam-banh-nghi-loc.shop.json': 'ecdc3cd63a4a4fbe37ecff6f6e6bfbaf7e3e3bea290776045eaf65fe66d33fb5',
  'mam-chau-doc-2.orders.jsonl': '7088a65986ea8538d0d50019e6fe5daac21420edf7d8d74b2bbccecda8021d54',
  'mam-chau-doc-2.shop.json': '80282e84d754756987c730e390ceae771a56f9b6b23f872d48841824214ea71e',
  'mam-chau-doc.orders.jsonl': 'fc89b3f8192ba8cc42f55bb56b03e25189a3505e631efd052eccdc76e8e0e5e3',
  'mam-chau-doc.shop.json': '48ef4727dfe630ca324618c2fac9b99b7961202958548672f34fd68b647254dc',
  'mam-cung-dat-truoc.orders.jsonl': 'bd734e8a26b47c0d074696e32c95993c815100c8dd82ff72db155aa331359843',
  'mam-cung-dat-truoc.shop.json': 'a895248b07d4adb5c69f90b6c11bc38500ae7e291bb8feedf615d4492846144f',
  'mam-cung-hoa-phuoc.orders.jsonl': 'c1aa716e0a55ae1d1dfda2470dd48e08d3314560d85c88c4adde26d656ff22a9',
  'mam-cung-hoa-phuoc.shop.json': 'eee10d08e398aa22612b55af7899683fc827a225e4aab92ae2eb6c71cf12ad72',
  'mam-kho-chau-doc-2.orders.jsonl': '08637f33794e640a5562abe7db300c5b695cb598706dbd6fa23bd6b67c44b46a',
  'mam-kho-chau-doc-2.shop.json': '16bcb0e0b1172205aad5a61ead5c363fc949561ef172bfa27be99e9653fe6890',
  'mam-kho-chau-doc.orders.jsonl': '65b6df5efb3c03b36fdbece87250b74f3591b05c3d56f739ef3a4137271fe258',
  'mam-kho-chau-doc.shop.json': '42cb89dffa65ee7a841494c42eb3564a88ce5627e0a569433d92be49bfd14ea3',
  'mam-phu-thuan.orders.jsonl': '98e7c12a8c510b812bbfe6e2f52136f91650da137635bb57c68ab988e39e3663',
  'mam-phu-thuan.shop.json': '537cd92e84ca5f1169e5758735e2f14f116428367a08dc8f457aa9935525767e',
  'mam-tep-ha-yen.orders.jsonl': 'e246fd4305157be6c65a2192b2cac1270db39f00611676e931698d1beb6af8df',
  'mam-tep-ha-yen.shop.json': 'bfae82501115db19acd697c53d1014408f03af7cfeb22f2bd439fdef0d285bdd',
  'mam-thanh-long-phan-thiet.orders.jsonl': 'ae4b492f6bf32af016d1dd6bae6e3e2a8e16093d331896849107a2fae92934f8',
  'mam-thanh-long-phan-thiet.shop.json': '9aa0ae91ace867085755391e87a8499cfeab27eb50f1631ee50be4692b970aeb',
  'mam-thot-not-chau-doc-2.orders.jsonl': 'ce94899629bf8d608510786c845b74a095a9737b53c109d6284d89f67f4e3480',
  'mam-thot-not-chau-doc-2.shop.json': 'f1ebfe05a454418bd92afd78e8c1863e308293a43ac6e4c83453a81e402172d1',
  'mam-thot-not-chau-doc.orders.jsonl': '59d0e8c227d9678a284bb66585542fa9b16aa9afb7c4334193c375d2110ceade',
  'mam-thot-not-chau-doc.shop.json': 'f68df50244d10bad2afcbf0d7748fd3967508e780236733555c9ffd03c789a8b',
  'mam-thuan-an.orders.jsonl': 'a2947d4f9b4e9f051f9e9344cfe8c1d0b6b1983ffd3ea0a8e9afd2cb35b12fdc',
  'mam-thuan-an.shop.json': '62cdbde669e3fe8603d35100150a37fc464b52ae102149aab85eefc5b3f87178',
  'mam-tom-mam-tep-ruoc.orders.jsonl': '1e8c88a28158585a17a478d5e68e2d1eab476c90902dd7f161dabe861fbeee13',
  'mam-tom-mam-tep-ruoc.shop.json': '6ac51ca6292b51461d34b79cdde43f368baebb504e660b076b05e0b8b4fb3f97',
  'mang-boc-thuc-pham.orders.jsonl': 'da42346086cf426c4a071cd3cff8900b10df71c2bdb0a6e3dce761374bb6e326',
  'mang-boc-thuc-pham.shop.json': '36e0fa84f93971910522790088e665c5dd181c8659fb0ed4f7d11d1493c64d29',
  'mang-cut-lai-thieu.orders.jsonl': 'b02fc49520df5a53d83c2e0eafd579b60a16db71acaaa1bc2a1e24912a731216',
  'mang-cut-lai-thieu.shop.json': 'f0a8c782f812517a354d7abce5bd7ab84db5db26207aa696642de447f74c3452',
  'mang-dai-loc-mat-ong-que-son.orders.jsonl': 'dd8108fd8e149db148f122d2bc68c580bbc501ef1820cb2f020eb987be0f5c46',
  'mang-dai-loc-mat-ong-que-son.shop.json': 'dbaf0abf7ec3609704dfeb7d920e0de2d718cf1903c9ffcc280d97b9aa7790cf',
  'mang-kho-dac-san-rung.orders.jsonl': '666dd8a03d4e1a938ed89e8f9eb0e48e7be115fdb55c105c3e995c75ae406613',
  'mang-kho-dac-san-rung.shop.json': '4f7b5d284fde03579077041048bedf5f4af859571d5f96f13b9177133c74a396',
  'mang-phu-nong-nghiep.orders.jsonl': '72146c647fca252b1c99876296a8fb1589fa2f4af19af6fa38efe5e0856924e5',
  'mang-phu-nong-nghiep.shop.json': '0d9c1c7f12e22a9f8472ee667540180ee829876f35d5786910fab1e03b88e9f8',
  'mang-rung-ban-khe.orders.jsonl': '4371c942db405bee8dbf14faeadc79a5a07927e7368b299daccf817f544c244c',
  'mang-rung-ban-khe.shop.json': '04925fcb22d0eead4a39710e98ab0ff4a82f30bd55ac1e67ce2c23bd3e80c563',
  'mat-mia-mo-duc.orders.jsonl': '65b9d2dec211d8469f0c1125e819f06e2a89e58aad4f020cf62383357eedc819',
  'mat-mia-mo-duc.shop.json': '7ca509b768a26fd8a392423d61bb24d692f56bf79512b43c5e0281e5fca2c342',
  'mat-ong-bac-ha-dong-van.orders.jsonl': 'f4012222a2bbb207c2417118dd75ae4fe7dbeb37192bc255cae231d774f4ca21',
  'mat-ong-bac-ha-dong-van.shop.json': '3f654ab82908dd427c8cb5757e1b26e496ad205e36ca26bd84be289060279e6c',
  'mat-ong-ca-phe-tay-bac.orders.jsonl': 'ec4e362622437a127b243490d95a6bb0490d23dc341b8ae64bfef4aedb1171c9',
  'mat-ong-ca-phe-tay-bac.shop.json': 'e768147ce501086c85772c001a0fd488ec10dba9bcfe72fbc6ca3753bb448678',
  'mat-ong-che-thanh-ba.orders.jsonl': 'd6ec6e36251977e98ce75b80127f9a3dffa2acd98cc362ed2e25680a29b7194a',
  'mat-ong-che-thanh-ba.shop.json': '9789dd70e2d7e1a30ea809b5160aaf0d5f7d9f17c7d895fd19b76f6daa75e8f8',
  'mat-ong-chuoi-say-ea-tu.orders.jsonl': 'e0faa0d38166e4950d83bf7044524609cb433248e7f278a9fdea08fbf09bb9a2',
  'mat-ong-chuoi-say-ea-tu.shop.json': '468b106f3b2a0f8a118864fac3bc7b8947c1927e8df1a8766c2e95c73a8104dc',
  'mat-ong-ho-tieu-cu-mgar.orders.jsonl': 'b33395a1fa86bb34a6ba524df1967948a6059ad90233b167d763bbf85f2a11cf',
  'mat-ong-ho-tieu-cu-mgar.shop.json': 'df235e3037075df767e8e9227ffadbadcb219e907866a348fd818bf0d524467a',
  'mat-ong-hoa-ca-phe.orders.jsonl': '6a2101596fc0a761d2cb776aa41d6378a6d38a65ed38189355fba6c32c829489',
  'mat-ong-hoa-ca-phe.shop.json': 'ee9bb95e4bcc2d9c689e61bcad96dc05924a2f434c536b9d65cc81171f5cd058',
  'mat-ong-ky-anh.orders.jsonl': 'c52313b876bcae5cee045a4298c36e481f0d6ab96342584540dd589f6bdb911e',
  'mat-ong-ky-anh.shop.json': 'cbe0fd49e0efaa6008b05c082f8625fd3a8d1f676a313973e483f66e420acbed',
  'mat-ong-nam-rung-bac-kan.orders.jsonl': '7315d7ddc6321dff82da34e12cf15ea831f0cb0974a27bf1a31d725e82b536e2',
  'mat-ong-nam-rung-bac-kan.shop.json': 'e6b639e5c8251f6a7978e21c9c1d972296de21c65a2d86eecf3e4541a22d006d',
  'mat-ong-rung-tan-son.orders.jsonl': '0251dc4e9e70d05ea40de569540d4feb0163519d22bac8813a7ba941b6697454',
  'mat-ong-rung-tan-son.shop.json': '9ec9c9acf13fd690e38503432578c60dbac4b5787cfdc348edc158e93bda924b',
  'mat-ong-suoi-ngang.orders.jsonl': 'afc95500ed5df00523b30ff8b715aa040fcf6070e8f9ad5e9df9a4228fca53de',
  'mat-ong-suoi-ngang.shop.json': 'dc2e06ba10a93980767eff64e7886beabb59c4beaa4c01f81f5acecacba01086',
  'may-anh-film.orders.jsonl': 'ed455eaceabf892bad657dd8f617f4accdbebddf1894dcf120a747c7f4bd9e83',
  'may-anh-film.shop.json': '17fc597e1682c47274d7bb64137ed567514a5f698b432e7b814a63fdcf742355',
  'may-do-giay-da-hoi-an.orders.jsonl': '8c4219b65e9cfbfbdb2f798069ef691b60d9a32b7464cba4701f6511a5203c9b',
  'may-do-giay-da-hoi-an.shop.json': '235c29ac9362148e5d7a488d9e6950583e358904880c5f0f5c1fb8d4d8385ee9',
  'may-hut-bui-gia-dinh.orders.jsonl': '39181e6665065a71765e8d31d14c79957066b69ae31ea4c4069ce492a732e9a7',
  'may-hut-bui-gia-dinh.shop.json': '27101aed4e1df140f4a08fa51ee7df05eb6fbac022afec8f62fe09e6514cbffe',
  'may-loc-khong-khi.orders.jsonl': 'db6825c53d00933070e3958811be1b26f471ef008f20bdd07ba3fd1e722b188f',
  'may-loc-khong-khi.shop.json': '403bbeeae9ffa068c780defdc61134462a5eec0deb49ab44259a59f3b3df0f6d',
  'may-may-gia-dinh.orders.jsonl': 'af3a231a76926786fea074f7c9ca75607b7f3b6e7539d0a0c84d5b90a2b24df0',
  'may-may-gia-dinh.shop.json': '9990fa959a30ae22c4712b439f80d29aa4ba969578198c23f109d8a493200e9d',
  'may-phat-dien.orders.jsonl': 'b11ab1450b65113910a78a54f767b9c3f787ce40a5afbecf8230e3e12c6a1727',
  'may-phat-dien.shop.json': 'd5457a925cc94d40e8e70dda8621efce65878879c3c8e975683e44e9abf1e7ea',
  'may-rua-xe-ap-luc.orders.jsonl': '1f41c5e90592becebdcd9418946be6a3294dbeb3e17105601ea9836610984b23',
  'may-rua-xe-ap-luc.shop.json': 'd7c8c31a9bc0e860c6cfdf1370ae090b6f7f0b1bec5ca415795ea6893bfc64dd',
  'may-tre-ba-sao.orders.jsonl': 'ad30a8abd030362534a9f4ee10874fd0b9a2868f08107bba8e414d38e400cb49',
  'may-tre-ba-sao.shop.json': 'e7b85a59b206640adf22e337c4d4054dadf6118246e21aacb836be51eb9bd7d5',
  'may-tre-bao-la.orders.jsonl': '62c8fe850256f3f53727e3df782ccf9328ddb31cbad9133ac036c94506293b9e',
  'may-tre-bao-la.shop.json': '0f6d9f24f372499c8ab3d6e4a81184d4abce7f1d3ba09d3275e8c0044fe57f95',
  'may-tre-cam-giang-2.orders.jsonl': 'e77fd6c4673e5a284469341fa7d3f5f713d7ae61aad7e5ebde450a2018434edb',
  'may-tre-cam-giang-2.shop.json': 'c48236b90e2e8725520a5bed721c482ceaa947dd895be180c3f217997bdef05b',
  'may-tre-cam-giang.orders.jsonl': '5c85164393a6713aeed7aab1dbdf6398cf9fdc4dc6db40f62bbcff4ca3385d0c',
  'may-tre-cam-giang.shop.json': '92f9d5deea4feae8ad8efd0ace6d2a3ef89f8023afef4746250d4d97784fc014',
  'may-tre-coi-kim-son.orders.jsonl': 'ce909e09cb10d43041fc059c43db18dd0dd6a5f19a8a1305e0eb8fc549a572c0',
  'may-tre-coi-kim-son.shop.json': '62377e2752eea4d39db2c0572a5c3ba2890d6f3658f1e8e2ad7356baa151775a',
  'may-tre-dan-phu-vinh-2.orders.jsonl': '538450d0bd3e73aeb76e6406f638a329493e9ce965ed8243d83c31693b0573d1',
  'may-tre-dan-phu-vinh-2.shop.json': '149c66d9efb4f28499ef663d850f7160468f824fe0563b863650837a83b1da87',
  'may-tre-dan-phu-vinh-3.orders.jsonl': 'c55d42716a9071422e7d3ed3d02f5bb15080db6c78b5e6b564a93f523caaed4c',
  'may-tre-dan-phu-vinh-3.shop.json': '31689bafe411a41f747ece96b4c8ba104bb868d50fd98eae05de3e0cf4c431fe',
  'may-tre-dan-phu-vinh-4.orders.jsonl': '48b76855d44439d1a25df32a774b29adf19a3b86ab5873411b26d03967cae80a',
  'may-tre-dan-phu-vinh-4.shop.json': '110ee34a8f488890f86cbf44c94130c4f374740b0ecd3a759dd6bd8eeaab0934',
  'may-tre-dan-phu-vinh-5.orders.jsonl': '183162551c97987a58a1c6d602aa95609984347cddfbeb6d638b4f3f8b4f90ec',
  'may-tre-dan-phu-vinh-5.shop.json': '6d4e7c25254a02a691daca18dce4360306906936e6fc19d2e45b832c57e80bc1',
  'may-tre-dan-phu-vinh-6.orders.jsonl': '2611dc1ade7e482d79335171bdf9980c87c78bb456255437c3cab0a1a824667f',
  'may-tre-dan-phu-vinh-6.shop.json': '485e8f96d2987c4ff2b81de216ed91293d986dc99e1054cd7e9a39f56ce71c67',
  'may-tre-dan-phu-vinh.orders.jsonl': '8e09ff52c73ae8ac558717c9c986a9bb33499884147f049e8fa3555638404054',
  'may-tre-dan-phu-vinh.shop.json': '0543675bb07d310e199489ad3e16aa9fce8b7e41ef3f560ab9e305e2c3f2d813',
  'may-tre-dan-xuat-khau.orders.jsonl': '853224fd7c492265c74d2cf026cae5440ca7e0b3bc9f940b9e6840a65de6d29b',
  'may-tre-dan-xuat-khau.shop.json': 'e11b4dc66c80dc4595449fe2d516133e3bde5b52dd53accc9e4a33ba4a673b77',
  'may-tre-ngoc-dong.orders.jsonl': '690d33d9777e530f0111a250ee141288de66ae9e3e2ab49267d34fc45f7c1e5f',
  'may-tre-ngoc-dong.shop.json': '0a8d5d2f1d049b9b4c18b2e74ec602478cfda619af7c8dc65b32b95734208342',
  'may-tre-phu-hoa.orders.jsonl': '4aa221edcb5064e28d5eb668d3228f5b146beb3775f07fc1335c96b8d3f60acd',
  'may-tre-phu-hoa.shop.json': 'cba2022905d2b9d07f674e7369937ec4a2d3eba177a50bc7fae699a352b34947',
  'may-tre-phu-nghia.orders.jsonl': '70170e78368cdefc6e277a3de2dfa5ab0a02722c600355252a183e79cf875131',
  'may-tre-phu-nghia.shop.json': 'e7879612255c6d1d4215a994ffa53759def12cd9866e26629baef95cf44e0212',
  'may-tre-phu-vinh-10.orders.jsonl': '51704440698d09b206826690a0c1dead6d6bc63451c6a72b9a6b92ccfcda0066',
  'may-tre-phu-vinh-10.shop.json': '2c59dec45c008e68a9cbeb93694c13eaea4546496410aab67eaf2e4f08181e19',
  'may-tre-phu-vinh-2.orders.jsonl': '91f8fbc1d353969cdfef346a259d625ca78861385efba6508948397dc2408b95',
  'may-tre-phu-vinh-2.shop.json': '504f796c42626e0d9c7e4096249149dd59ee910db0c3dca7dd37ad9adbafaaba',
  'may-tre-phu-vinh-3.orders.jsonl': 'db8e51c97d1a266eade7f8e1e4e752425b28ae403d1ff2d4bca8f5c57f0dad6d',
  'may-tre-phu-vinh-3.shop.json': '439517706b5a515a9e580482cdfe82fbdcb13a6c99bce842f97f363dfa1194f1',
  'may-tre-phu-vinh-4.orders.jsonl': '1e33be57f2d24430e0ecdec3ecb29190a6282ee249f8b5166dcd543ffadd966f',
  'may-tre-phu-vinh-4.shop.json': '4253600f5f295fb78a0b39e8e1e0d98558b1099677024afd633b086b17534e17',
  'may-tre-phu-vinh-5.orders.jsonl': 'f4cbdba5ba0daf2546c3c0b2168b1b9b20b7514b77af5512b0362f474099d2ac',
  'may-tre-phu-vinh-5.shop.json': 'da2e72d2b653989eaf404b2c220700e44979acf1765ef91e022d74a1c38947d2',
  'may-tre-phu-vinh-6.orders.jsonl': 'a0d94edab9d8f72a22c24fd60bdc6b81d36901fb1f3b0f3b254b5016e2f879d6',
  'may-tre-phu-vinh-6.shop.json': 'ad49af595da94f8b0bf7ad7730830553530da2f64d1b35b4c66652a681b923ba',
  'may-tre-phu-vinh-7.orders.jsonl': 'd6dc797191992cbde2798f224ff9f9effcc75b7b95bbf4db560d437b4d4aa1db',
  'may-tre-phu-vinh-7.shop.json': '3f3f22af3f71ebad089723a206e842b7761d5376e1cee6c81cfd2149bf8baa12',
  'may-tre-phu-vinh-8.orders.jsonl': '4797b2bf9e9708d6b7f3a7e21f17c73d5dcdaf9957ceb66413162139c2a4e475',
  'may-tre-phu-vinh-8.shop.json': 'e8122ff1f98e2df2eab03461abef17752e130f6f35306407d3fb84f285496905',
  'may-tre-phu-vinh-9.orders.jsonl': '48eb4b9c15bcb2b889e1831f824d040fe40fcf9d913363a5f5fa5c3935725608',
  'may-tre-phu-vinh-9.shop.json': 'dc55599d0134224d2a868feeee800973ec865283223153979f10e82d4fa411b5',
  'may-tre-phu-vinh.orders.jsonl': '54b26ae81626731cd255f619bedf9a31bba8350d9beed3066d0322879f51f092',
  'may-tre-phu-vinh.shop.json': '086cc2a5734e1f9da2c0eb0fafcb373b34c61015ab00679db36cf2b4e2896bea',
  'may-tre-thach-xa.orders.jsonl': '4cb30836e1894a6be30a1e737e8b7fb2894289028650dc052c66dcdc59e8e4f3',
  'may-tre-thach-xa.shop.json': '1489f63cffa565df0f28a0c57f2fafb3b7662c8454ac516d905d0ab407807940',
  'may-van-tu.orders.jsonl': '67a00bbd22ffc21d0dadbd694feba85d6b9f8d557403ae58c8ebc80b40066609',
  'may-van-tu.shop.json': 'e7e00f565cda825a0e832b92144d14bf53fb0ab7e80fec754112e9c2d5037d00',
  'may-xay-sinh-to.orders.jsonl': '80e98004006f5cf422d72c4bc764ea50f4ca86025ea76c934004d324c72cc274',
  'may-xay-sinh-to.shop.json': '0ebe73e55a5174937bda656f0f4c8740627a95772b2d426d68721f3dbfc8c05c',
  'me-xung-gia-hoi.orders.jsonl': 'c0e49fe754c896a0e5b1f87823f635906a0da808d2703bd144d3fe312aea5a10',
  'me-xung-gia-hoi.shop.json': 'bc0c41d703ebb72b3cc1ce237aa849736f6ef5fbacd1a48735ba278afd100641',
  'me-xung-hue.orders.jsonl': '1dd3e51b554a714343ce9a13ec807bf48846956c600b3d0fee95febfb620b337',
  'me-xung-hue.shop.json': '61c5ff45a0bf63009f29aac4b2f8d74fec3b30579792085056e51ab1fb6a2ce1',
  'men-vi-sinh-ao-nuoi.orders.jsonl': 'e44d0f92ae73a61640251fc9fbaaede43177c8f3c14711f898823c43a98c478e',
  'men-vi-sinh-ao-nuoi.shop.json': '91160e3aba2d0f69ac8b86097962d827b63ccb60ea87f6beb8576dd117e86db6',
  'meo-nam-giong.orders.jsonl': 'c86fb0887e2c9bb29f7d5068bef048fa735bb51916eccd1d453744f63488436c',
  'meo-nam-giong.shop.json': '03d20d491ddb8ff614a15e2f37dbe439607d3fc8046e004d33147745aac6fdee',
  'mi-chu-bac-giang.orders.jsonl': '705ef04e7ba2dea1524897e7acfe293de37d0d1c9ea037923e1d390362cae9c5',
  'mi-chu-bac-giang.shop.json': 'f869c606d56a2e481f68e1df1acf67c8e3508a7ee8b0a94de58f770e2858d24b',
  'mi-chu-nam-duong.orders.jsonl': '826fc653e111f7719251817aebbf10760e200f02eaed3eae64fa075c68ff19e5',
  'mi-chu-nam-duong.shop.json': '8fc5d9e9cc493fa194efab78015d3c60f60eefbea946d256e2d7c5b98d7f00ef',
  'mi-goi-thung.orders.jsonl': '67680906720893b3da9513e17c6831e043f4087d53d43a7a792f5b83dbe96666',
  'mi-goi-thung.shop.json': 'f6584c0f07fe94f25844c33c58c694226f7598af38ecf85c2ac648bc2bf420c3',
  'mi-quang-hoi-an.orders.jsonl': 'f438aadad54a68a109b62efaec22a137a584c22d8ad804dbbd48035613bb26f6',
  'mi-quang-hoi-an.shop.json': '08afe0b0242b53a024cf42b3b5edb65b429d9ce05d0c7c516c3167dc3f9641dc',
  'mi-quang-phu-chiem-2.orders.jsonl': '1e6f29d9a512afa8f9ea63b3772c9d10d6403035de0b8b712a2122f358f60bfd',
  'mi-quang-phu-chiem-2.shop.json': '4a2b1923566380caba690daa5db17eb67c30be9c38bf1af6a48d83d9846183c6',
  'mi-quang-phu-chiem.orders.jsonl': 'd8aed73617aca86990f02e2d82f1e54dc3a7bfb8957e654e4798747739bf1484',
  'mi-quang-phu-chiem.shop.json': 'e371b0fc233fdb0defe97fe376ae9779931ebdb4d13fb96783b72cef4074e37f',
  'mi-y-pasta.orders.jsonl': '007767da1befdfc57b519c7f5eccd8e874c6d1f8f35e5d98f71db5c4a9093c75',
  'mi-y-pasta.shop.json': 'fc2bca934dc27764d513ddd839870791a1f22aa208ea48b71ebac34369731237',
  'mia-duong-thi-pho.orders.jsonl': 'd30b70f2d6ab7a6c1fcdf3cca638e9cf7cceeb82f738bfa52a09b6f247445a8d',
  'mia-duong-thi-pho.shop.json': '5f6dc9274651610937d4ff42a902f6be52951b91a426abf5f680ee002b333656',
  'mien-dong-duong-lieu-2.orders.jsonl': '57727ba3032cfe08d31839975b6faa5cbfebdaa9ff182a8144bb0cc54b466658',
  'mien-dong-duong-lieu-2.shop.json': '51827f97004929fa47336de2685879e0cf47273bc97249f1d5a237fdc463479f',
  'mien-dong-duong-lieu-3.orders.jsonl': '7b5188fe68105e07b57f95aea3c86eb03d0ff852238ab6b67b022ed01fac4d96',
  'mien-dong-duong-lieu-3.shop.json': '62c56deb61da26324bab165363f8c4f802209c329cec62261aee6901b5b73d1c',
  'mien-dong-duong-lieu.orders.jsonl': '3adf79a0c1093efedd7a49014e288283a18c3191a9de9c80b69d33c959131649',
  'mien-dong-duong-lieu.shop.json': '563aeb99c6dec03b93ab6b229eed7197c0b1edec97a7074b59e01092a300d1b0',
  'mien-dong-phia-nam.orders.jsonl': '2ee49fd7e12fd950ce3de0cc54dd3a93b5565934d4d14ed919ad52760be36bbf',
  'mien-dong-phia-nam.shop.json': 'be668b54eac8643b604a0a4068ca6f9ce22a5b8873fea3e6794a9ce63dc5526d',
  'mo-hinh-kim-loai-an-khanh.orders.jsonl': 'b689352591f2e1665d440ca0b09d8fa4946163e89de5570e23cd46b831aca615',
  'mo-hinh-kim-loai-an-khanh.shop.json': 'e3681a3dd559de02b6237591d5c21f0893ba09fe18f89745c44ac0566d58bea3',
  'mo-hinh-thuyen-go.orders.jsonl': '86e403a37efd018366fd6aa74f958644a45487c72c1870c7e9b45b58dbbc9f65',
  'mo-hinh-thuyen-go.shop.json': '5e7af71c74b8f60f8e9db9273531dd30b5922fe106fbfb0c178525f6a95defb0',
  'moc-chang-son.orders.jsonl': '2875ca5d1c2375a935cac6cbc40f0d2417f2ea9bbebf6199478b2f5a2de2435d',
  'moc-chang-son.shop.json': '455bca5936cab051c53115f43df5192a988755e09f2f8ec09ad0fde38febfe77',
  'moc-huu-bang.orders.jsonl': '0d71d0221789766a9706293333e91c8b4e544206bd6a9c5387a7465f9c1231a9',
  'moc-huu-bang.shop.json': 'e3be488b5bead249007362869f711c8ee525715249061ae5ff408c22ee3ad561',
  'moc-khoa-qua-luu-niem.orders.jsonl': '822c2bfc44ab4e7f362af42a121539b39e6dc70de98fc0065714a7e6062c5ea1',
  'moc-khoa-qua-luu-niem.shop.json': '65e1415cbd8dda977d779b4d9b0ddd9c27238ee461930bb866684504f901fa2e',
  'moc-kim-bong-2.orders.jsonl': '97538ea24e7a25563cb95200413530ae3aee5b618f7a8a013db226e64f5c4a5c',
  'moc-kim-bong-2.shop.json': 'fbeff1f09307a0e24f0fcc9cc486ed4853dd2738a6568bd232ac2b7703f64012',
  'moc-kim-bong-3.orders.jsonl': 'd9ff76e9ebda42e6c90157bc206ffe0682ccf4f10e11991ba7e3112d5ca02f48',
  'moc-kim-bong-3.shop.json': '1a0443f235e84df22a13fc6d620e4878cc77fb75bd770b04e8a21a31600508e0',
  'moc-kim-bong-4.orders.jsonl': '9f2f9bca1ff49e76bd6811719eb2ce83c2005783f380f057ae28c1cd2aa3ff9a',
  'moc-kim-bong-4.shop.json': '828ff38c61e4028c9061ec0495029448c73c0f6390002f3f9c0bdeac4442f602',
  'moc-kim-bong-5.orders.jsonl': 'b819cd78c8aed0864b0b06f9d2e4dfaf683c3a6881b863824a9ec0662ebbbc32',
  'moc-kim-bong-5.shop.json': 'b697abb857b6aaea652a6ab4470f11266881345184b7613f9df60a679b12113c',
  'moc-kim-bong-6.orders.jsonl': '7d29bb4992549a405e4b66a7d33b5819f4e4438be78043203d07f27503815d23',
  'moc-kim-bong-6.shop.json': '413aeaca33cc192ae7605bc184bed26cab672c1bc696d369c60f8584b1923b79',
  'moc-kim-bong-7.orders.jsonl': 'e6c8c5b7cabfd1271495483c5fef6ff35420e6e1faf9934b25a2ebdc869c4bea',
  'moc-kim-bong-7.shop.json': '229c7d864f92d37eb0b4e9c91b0175670263ce3086738a55f7cfbed6e2a9083a',
  'moc-kim-bong-8.orders.jsonl': 'c8bc168a43a1e67bf28b8da521ccd5815b7416cd9fd88b671fc5cd629e7c5268',
  'moc-kim-bong-8.shop.json': '0c6dae575d9032eb9531a6f574cd7a6c41c14ab9bc5f0d36a877e9cce78d284a',
  'moc-kim-bong.orders.jsonl': 'd1acd909595510c8286df55fb24d014f0217e6097beadc0ffba57c2426fcda07',
  'moc-kim-bong.shop.json': '4b00f73f06e0d32a67786ded35f75b9dac02b3be17fca1af6fd230337b104869',
  'moc-len-xuan-lai.orders.jsonl': 'd444677cdf83cca83658090fe3b77d10eee980cb779e8837fdd59195169e54b7',
  'moc-len-xuan-lai.shop.json': '08a3d63c2c5be7505baf2bd60a14162342b28e5f0566d898b8969a71767e1baa',
  'moc-nhi-khe.orders.jsonl': 'fdcad91a586aaea67dbd60ac2c0408be21fc31b82206d563147082dcd9040499',
  'moc-nhi-khe.shop.json': '2ccc37cfc2d0f683c4ee3dd2dcbc392f49ad72242389907226f8c637579dd1e1',
  'moc-treo-dan-tuong.orders.jsonl': '334ebd4400716ce1415fb5c17dfe1ee6eb101dfaa36ca12e35d4d5c52be3d0cc',
  'moc-treo-dan-tuong.shop.json': 'fc68924a55b1985324a45ced6397efc26e292ed7f4d7878909263661a2045b15',
  'moc-van-ha.orders.jsonl': '25ea2dd8fac4d4fdbc7ee42fa39543e27d44f9dd820c81a43ff07390bd1a0dd9',
  'moc-van-ha.shop.json': '410a7537a98841eebbcf97286bfa771967d766d8edce3de2e01b653baec7d170',
  'mu-ao-mua-xom-chua.orders.jsonl': 'a5c920692a56af142204925ed71b68d94b1985fd223285d52f27263c1a4e1165',
  'mu-ao-mua-xom-chua.shop.json': '84639d530b10cd717498b2d70a4612dc35f4afcc8e7839a544f785d00aa1a6ff',
  'mu-bao-hiem-in-logo.orders.jsonl': 'b4c8ed1a367a4d44befd581bc0c7179e84ed5d4c9418cafde8d75b2ff095fbf6',
  'mu-bao-hiem-in-logo.shop.json': '9c4ef6a36195dd3d0720ebe983abc8cad0e1750896aab1efe0da8b48005cdfcb',
  'mu-coi-phu-thuong.orders.jsonl': '00aeb2a04211d54506a650d19a5ccb672167cc4baa11e51079b3a1f4b26a660b',
  'mu-coi-phu-thuong.shop.json': '16a0e92584df28107f4c10af47c0c97ae2a8548dd8363528a557f73040de94b6',
  'mu-non-luoi-trai.orders.jsonl': '85e39578a57395a1426b65d9fde8008fe38116897317e3994b41beb8dc39828a',
  'mu-non-luoi-trai.shop.json': '788644d13199a22bd4e3348a011e4001440a7fe292ac1539b8c9c7585d2cdf48',
  'mu-rom-cam-giang.orders.jsonl': '9da9c2cd4d00934151d27d339d8ec9084537fd979bbf8a0f38e47dc2ba7313f1',
  'mu-rom-cam-giang.shop.json': 'd17f16aa4ebd4e54dd4bd0d17c79b340ed01fa91302dc12c5b84004f815919e2',
  'muc-kho-ca-chi-vang.orders.jsonl': '338626191308c72224703a0773dfb602e380b304eca08f4b388689710c7a4afa',
  'muc-kho-ca-chi-vang.shop.json': '91cc0e5347cc760c3f86a1ef0a990aab956de8422e854eeea69f4a3d204294e6',
  'muoi-bien-hat.orders.jsonl': 'da11e29a8eb534a4e84b93d66326ff5bb83e79a4968252d63f87259bd5ed65e1',
  'muoi-bien-hat.shop.json': '4ed4b316cebbf6019e199bcee886013a679b059cea103234b44be4f86a8d993a',
  'muoi-mam-kho-bac-lieu.orders.jsonl': '7375883706e9c85b4dc0ceea1963ae559952cc3379fba1755363fa96b1c9e4be',
  'muoi-mam-kho-bac-lieu.shop.json': 'bbdb0a1b4dd5d891b3597dd19a627372b78dd8ff0d4c387d2b045f145b048de4',
  'muoi-tom-banh-trang-tay-ninh.orders.jsonl': 'e1af10ac0d37d702a8c69f160c92a848096d277b372bbfcafb850ca291020190',
  'muoi-tom-banh-trang-tay-ninh.shop.json': '59fd0b03e8a4a714e99051fcb2ea0a81e08c5ec6e83bc975521dca49dbd501b0',
  'muoi-tom-tay-ninh-mam-chau-doc.orders.jsonl': '9dc6661ee1d950aef23fdf7bdb1d160a1d4e4b190ddeb33603c7fa73f29838c0',
  'muoi-tom-tay-ninh-mam-chau-doc.shop.json': '3de68cf5cea64e9c90ba0e392e68b1216ecb6d6ae1e3440d2ebbd46c7a18d410',
  'muoi-tom-tay-ninh.orders.jsonl': '515a4cba045fc5d58be139d3f7fbab1d5b29c07bc83f6e1d33e895bc630bd2b4',
  'muoi-tom-tay-ninh.shop.json': '47e07aeb03462481d2e5cb2cd9bda6ab582764318e6678da045e4160c105e439',
  'muoi-tom-trang-bang.orders.jsonl': '22bf24caf9780657f255a1d4ec66f251f7e73d2ac6654ab36dac2d50c897adbf',
  'muoi-tom-trang-bang.shop.json': 'bedae6f7e79d5a532a18329c992bfdde3c2cdd45546a79b546e95db9808ea2f6',
  'muoi-vinh-trach.orders.jsonl': '573405c6f5944127ac2242eb5b1bded2391f21d826e327cc8a25649aa2cd06a7',
  'muoi-vinh-trach.shop.json': '0c589d6b724e121041f28585c45bf1e09bfda875de8620f51a331a451cce7456',
  'mut-dau-tam.orders.jsonl': '998e7d1f9a1aa09eb3b856f067ee18747061cdccbd430a209dca29b40cef2774',
  'mut-dau-tam.shop.json': '6ab9b38264c36b1b901707d7c01f1f918fe445602958b3b2fe3634796d4c5d9a',
  'mut-dau-trai-mat.orders.jsonl': 'e6b7b25a3a91720ec50656b055599d26bb4458a42eae81da49b64b9b506e75c4',
  'mut-dau-trai-mat.shop.json': 'bb791d4b17e9e9555d45fa90bbb54baf6ea8b7b974e74429857f1352e8fad8c0',
  'mut-phu-thuong.orders.jsonl': 'ba2897fb15a97e380256f464d382eda52514ed646945d3f6fca94a5e575b8a18',
  'mut-phu-thuong.shop.json': 'af671c8c706d7c1def298db2b437ada9df2c66247924589822b78c2882cb37c4',
  'mut-say-trai-mat.orders.jsonl': 'cda4119922f70e00e3c0cdf7d305fd72761f633713b885c74bb5a732049cc9c1',
  'mut-say-trai-mat.shop.json': 'b29846721a9ab7e871799d19cf7ad27c4d70542c0fcb4e4920725cb20ff02701',
  'mut-tan-lap.orders.jsonl': '3af0e80b50ad58b2db04b781c9028ecada618fe1b113d0c151c72eaf81a3073b',
  'mut-tan-lap.shop.json': 'ef82b4db8ab82c8b0d22a29c93617707b557cd40feaaf93cc14b0c92c9723317',
  'mut-tet-hop-qua.orders.jsonl': 'e271554579b9e2b36e5e33c9217f742559e087bcf03134bebb7fc901cf094527',
  'mut-tet-hop-qua.shop.json': '7608d0b9db6affd2f559d3139b978d0ea34d3eaeaa49221c2a8b844b0717e073',
  'mut-trai-cay-say.orders.jsonl': '4f4c6f802dd9de42f62427ca39be1a8c497f9f5c750b5e767be2f6300bab791b',
  'mut-trai-cay-say.shop.json': '8f5fcf0bee99f0a846a327051699a447b575f077e76f2a9c83ff6e22f57bbbb3',
  'my-nghe-dua-mo-cay.orders.jsonl': 'b01b1f7bdb0455c3db14f3400308116935a066ce8ca850e5cee902b29eebc829',
  'my-nghe-dua-mo-cay.shop.json': '7b36c88b26aca2a0d7097c5d060459982772a506b5f7bfcbaf6dc7021afcef02',
  'my-nghiep-bau-truc.orders.jsonl': '277dda4ff2bd7bc779957eb28ff6deee3491389af391807ad896d9dddd88f16c',
  'my-nghiep-bau-truc.shop.json': 'f885cb068f8c8dbb967ffc45e37615e7ef8ef69ec28b79c5735b591b241600f1',
  'my-pham-thien-nhien.orders.jsonl': '1b0095515779c314dd8ad7ec175ae987178b1c830ca750129d957bb4da88dd9a',
  'my-pham-thien-nhien.shop.json': '409d0767c5d04112bd9e6e9d760b915bfe55c142add0fe3de8da92242fadbab3',
  'my-pham-trang-diem.orders.jsonl': '49426fd97a4ae7bda282946c2fbe772640707dd65515a47cb855d9f14f17cb7f',
  'my-pham-trang-diem.shop.json': '85192684934a6633e53b67ed6778ed053cd58b39d4171a2036474207d0402972',
  'na-dong-tan-huu-lung.orders.jsonl': 'ab89bbc54b5a1ee859d70b61c66cb6bb8f0a5e6d00b3fdad187fe6a3085cb723',
  'na-dong-tan-huu-lung.shop.json': '4de9f9ee7db5280308bdb989af83005b17a7b96e6bfe2d2f9490daaa3ae73520',
  'nam-linh-chi.orders.jsonl': '12f6b256d3611ab6d4fe8a4ff0c75d36c913b3e4e90b0670e98b6ab417c0b34e',
  'nam-linh-chi.shop.json': '734a67c9ea1f66ee6205022eb0a25e4c3d3cc8d6c3115b511497c875f6539c67',
  'nam-rom-moc-nhi.orders.jsonl': '68f0b9a17f24cfe0a0d5a13d1f35c70936bd3ead5409ec7ad7b2f1734aa60f79',
  'nam-rom-moc-nhi.shop.json': '4e102c57933f2bfa691369d5f1400354c85da9bd4f2c965efb82f823c7a915a6',
  'nam-sach-lien-hiep.orders.jsonl': '6d41f8837f478aa3c9b36ae0d9bfd46da91ec344219be7abd506723bbd356cc7',
  'nam-sach-lien-hiep.shop.json': 'ed17ebf38586ca499ca851d2535d7539c4e209515dbad450f58fc644cb965ca4',
  'nam-sach-tan-hoi.orders.jsonl': '771fc95778a82b1d89502bc034d52de71148ab2a4b30da51da555f1206bf8e41',
  'nam-sach-tan-hoi.shop.json': '63b69b8293a4e49fe3b47a131b1c24e51314d4d7dc0be2d220fdb0960d642e6a',
  'nem-cao-su-goi.orders.jsonl': '2e5878961be5da139c457ec9353a811d07954755de1cfe90ef9e26a5113f5167',
  'nem-cao-su-goi.shop.json': 'd18513722ca9f43dd315aa0d4104315b533601a5c2ac99ea8a6595dc17b01cfa',
  'nem-cha-dong-ve.orders.jsonl': '535ad112d2b8104215289368563b6f63961d727a4858b0ecee95d6296f260d09',
  'nem-cha-dong-ve.shop.json': 'c21943f214604e379cf0f10229137dc999ab99d80207775d8dede37056c34eb4',
  'nem-cha-hoang-hoa.orders.jsonl': '4f60c1d0a44f9022f2b5fe333157d278a83fa73fa4f996efc0bce6a22950f381',
  'nem-cha-hoang-hoa.shop.json': '67a9658afa66b0e15b3cc4457acabbc58a45295ed501d05f26a31faa24bd2773',
  'nem-chua-cha-thanh-hoa.orders.jsonl': '0e487519d652db458a9c41b3288c6623b03943bf1bf6b632af402c0460eeb9f8',
  'nem-chua-cha-thanh-hoa.shop.json': 'b490887270dc8869bc003ca786a0ed7407fe0e3b1891b1b0a6fe0e4015c059ba',
  'nem-chua-thanh-hoa.orders.jsonl': '8db09ab1ac28943214aef710e0e949c39ae893b52b9be94d67ac121edcafc96a',
  'nem-chua-thanh-hoa.shop.json': '0ea016e7f7d6a4418a23e6606bebbf74a5009f0d682a892427759be1473118a9',
  'nem-dem.orders.jsonl': 'b493fe5da7ef33d84cd9ba60a3b4fd0190daa5c52248feac180d7ce7c6f1ed19',
  'nem-dem.shop.json': 'e42b1e886c2a33cba337dc4ce75209a5745a8d54f43c7404582bb4a64ac7ef87',
  'nem-gon-phuoc-loc.orders.jsonl': 'ca73264742c6e4a7c58abd8d451326a83e7c2a6a367fcf5f6acd8b4530ac140b',
  'nem-gon-phuoc-loc.shop.json': '118f8f3006dfe4b8d5f4527f5f88a8c17505a9f184ace8b9e59fd889b039c44a',
  'nem-lui-hue.orders.jsonl': 'de526849380639b4f388d9fa44ea93135ed7d8d93388a92ec793f3cd9a1c39a9',
  'nem-lui-hue.shop.json': '0dc8dab616d6e589783a60591de28daebdc558696261ecbd26b5a2a7d66513d2',
  'nem-nuong-ninh-hoa.orders.jsonl': '77e3e89e38ddd3ac69d669ae49d6a6dab989dc15a705ff83aeac69a4f637a4ff',
  'nem-nuong-ninh-hoa.shop.json': 'a7fe5188a91117a32c7b41e07c3514a7bfd4f180f31587378af1df99f39b249b',
  'nen-sinh-nhat-trang-tri.orders.jsonl': '9b669a9a2935a8a98d5c2f9b798906bc709cb1979c06500f32a7f2fbd9d46b37',
  'nen-sinh-nhat-trang-tri.shop.json': 'bfb8b4775e6ff11ab5ddb3aa2f360da98e6a10b42b31201cc229bf5b3831020e',
  'nen-thom-thu-cong.orders.jsonl': '9d83e1ffcf1894685e894d13cb10723aed6b4e9a4f28d5710debfe9a42f0b944',
  'nen-thom-thu-cong.shop.json': 'ca2c88690910d7cd174fcbfe8ef4e26ec6fe312bf6bd95b08166e8a95419c0df',
  'ngoc-trai-an-thoi.orders.jsonl': '7c0756587ae693a2595ca3dcbedc9c10c098cdf3996a791912927e5209eb98cc',
  'ngoc-trai-an-thoi.shop.json': 'f5281263693a2f0ec9f6494e82e034222553b5901a7a341689a1203e247a131f',
  'nguyen-lieu-tra-sua.orders.jsonl': '4dd264764ba71b569ae6c75e6d22fa60261704223f952b8dc266e6e7b6a394f9',
  'nguyen-lieu-tra-sua.shop.json': 'c3a8e1f80384561b01225745023bda79719c5a90becb2da6ad34a451634f5caa',
  'nha-dam-thach.orders.jsonl': 'bd960815c72b3d7642b8dd4f99b6d8d7bdcfbf0b582cc03ccebb07a1937acede',
  'nha-dam-thach.shop.json': '9f97759c269f5f24f6367638cdca449a1b6ed3c21315f78d09903a7cff73e4f1',
  'nhac-cu-tay-nguyen.orders.jsonl': '85899944610377c1c7cf778aee694a33bd5c32f3f7626f654209c5c543f957da',
  'nhac-cu-tay-nguyen.shop.json': '0e454649036cc7cf54e6f79e22746ee7a9edca11fe3cbdba5f6ff05396fec36b',
  'nhan-bac-theo-size.orders.jsonl': '15c7b67c2b2db3d109a165173788667f8ce465fc445ea3fbb22b66680ebe7cb4',
  'nhan-bac-theo-size.shop.json': '1d7e22b1102d8b74a81d9bf7d2cebfdb77531f97af39f830d955207243009a98',
  'nhan-long-hung-yen-2.orders.jsonl': '3be5a9c641aeb401e6324a704669732475b5686101e0076dd5bb719ca339726c',
  'nhan-long-hung-yen-2.shop.json': 'ccc130737f4bd906a7058c808ff972209679cd6840c010cfe506218eb36a8bd6',
  'nhan-long-hung-yen.orders.jsonl': 'cf5286487a2186e3551db57834b1dee586cdac9ce12560e55abf379dc414832c',
  'nhan-long-hung-yen.shop.json': '4f770a8500f97b18640bb5846571548494936de0b9c1a20de1f4c1bd071d5796',
  'nhan-long-pho-hien-2.orders.jsonl': 'e98cfc648a71a4064e797c0a4060c1cc42aae44b97f173363d0d2ac06995e6c1',
  'nhan-long-pho-hien-2.shop.json': '19079ce430a120f4a9db362bdb86ba109b74408adf1111e465709aba66dba9f2',
  'nhan-long-pho-hien-3.orders.jsonl': 'e8795c12a353f5ce95c9f2db6587916d3a6519d7f8e9ee692484e48f154f22c2',
  'nhan-long-pho-hien-3.shop.json': 'd698ce97e709891561307bff7c3979672a58c12cbafea3cc6006a20416a69b65',
  'nhan-long-pho-hien-4.orders.jsonl': '99299b1678a5d84a159d12cd7518076ffd28b1a4b2f482cabff0d1b716895634',
  'nhan-long-pho-hien-4.shop.json': '716ea6d91f094d8c64f6c2eceac98f58d247f1487208ec1aa8ceb3daa38ac018',
  'nhan-long-pho-hien.orders.jsonl': '78ce8d41733a32cff62747f2cd308f8ff671a35745a48784740eacc911606932',
  'nhan-long-pho-hien.shop.json': 'fd098fbb5310bf63493b38c925383ddf744eb0f1421a915cd4f52b84d65582da',
  'nhan-sen-hung-yen.orders.jsonl': 'ea5a8b5dcf14da9d55aceb2e151b90d45957245f0d8730a07a72bbf5104794d0',
  'nhan-sen-hung-yen.shop.json': 'fbe85d9474ff11eea9e81d94cd7bd442d63f54bf0ebe398fb935b80af4a1ad10',
  'nhan-sen-pho-hien-2.orders.jsonl': '7e180a598a453174843316cd002fefca080d444397b4911186130772f9f9c67a',
  'nhan-sen-pho-hien-2.shop.json': 'e05cc6d560c21830f27b3527ae9480f406db78bbf0117949bf26bfeba0d047d8',
  'nhan-sen-pho-hien-3.orders.jsonl': '6e9a1f0ca972928a72021214db402cc3617940b9884b292961bd40b7e6fd6d09',
  'nhan-sen-pho-hien-3.shop.json': '79dbdbddc72bc1f350e0d64345e6b19e4461cf907344141a117077f878dfe07a',
  'nhan-sen-pho-hien.orders.jsonl': 'e278d27522c3f7b9c60c9f9bd3b19fd8c65560b8694e90d8ec63a4b1dda60159',
  'nhan-sen-pho-hien.shop.json': '8e96d62e2e012bcea4a80c4aada325eab561ffbdbd816b9f8a3325cc3672312e',
  'nho-cuu-phan-rang.orders.jsonl': '66e0415582f259295f1cecf137f82cefe0f40a46cc7cade18d0cf6430e80d711',
  'nho-cuu-phan-rang.shop.json': 'f5d3b98211c2010f4274befbfae970a5f326ca5e7af149804b92f7e30784e9bb',
  'nho-tao-thai-an.orders.jsonl': 'e8773f00122e30cddd0d4263ab7bfcaaafa86063c9873d8ba8048c328b5c1f52',
  'nho-tao-thai-an.shop.json': 'e99e99e8fedf6e33fe4857eeef66fdc39adf3613b27ec0b4e52511d022a24d0e',
  'nho-thai-an-2.orders.jsonl': '0093711d96d4a553b85461935ed495374183cd3235e5ed7ce7b3832032ae7e77',
  'nho-thai-an-2.shop.json': '3a502c2f6a1501898be31394fb8c872214fb13ab88cddc28f17fd6d6aa1f3ffa',
  'nho-thai-an-3.orders.jsonl': '5579080a8489f98967fadcad5108ff3fae54c2d334b7e6c9f69cca42ce7400b4',
  'nho-thai-an-3.shop.json': 'aed353f25128149013322ae18c8fabda06ac91f61b61d1e7d68c865781d1d677',
  'nho-thai-an-4.orders.jsonl': 'e38ac1437b82d144111e1bd57256db05c59b9c0b3e2b63daa8488cba948355d8',
  'nho-thai-an-4.shop.json': 'c98b927ed62db5f19781dcbd4e5fc9728a62479cd3f32755005177436371fa61',
  'nho-thai-an.orders.jsonl': '4f6bf7ff9b4052b9a7bbf6bc79bdc715aeafcd4e8a824cca7384ca2dce2d523c',
  'nho-thai-an.shop.json': '6067a800f704927616b50305ea1e67460b2e37b76eea1dcfc35e54b610a5a298',
  'nho-vang-phan-rang.orders.jsonl': '9b534bbef921e669e26ffae0160146bbbef1df49c1d69e2567679d32200f927f',
  'nho-vang-phan-rang.shop.json': 'c319a2cc0529b9459b9c8c287caae9c96a2ca8ba6145f231a6199ef68b594846',
  'nhom-man-xa-2.orders.jsonl': 'e34411cff34361c85818c9e711c62367acc4bf52b1f0d2f330ef5177986f6d61',
  'nhom-man-xa-2.shop.json': 'd2c0f2a5fd3d0cc6090a5376070a7b06c95a2215e206fe1d8c5b3b5466c7b3de',
  'nhom-man-xa.orders.jsonl': 'bd50ae03e557ece1b15af0af99eee92861a03ebc78396a57ef4c38b4d6b19222',
  'nhom-man-xa.shop.json': '40e14a327df402bddef16617ca789f8a02ffe6c39d998e97104fc3cfcdeef13c',
  'nhua-gia-dung-minh-khai.orders.jsonl': '8b4084314afd69ab4ce819abb2251e2608734b04f14ccbfe517cf9c7a680384c',
  'nhua-gia-dung-minh-khai.shop.json': 'd89841d369867f0b493c91f9acf546f9440876c3b4f02f2bec220b77fb7a1f75',
  'nhua-minh-khai.orders.jsonl': '3c1b512867b8c32a0ca678561e87c42d52102c548ea5d77ec782072c54c61172',
  'nhua-minh-khai.shop.json': 'f67c18253702f7696ba71627c699a6874640611c2590f5712a927a96772702dd',
  'nhua-trieu-khuc.orders.jsonl': '48f7471c2f87c192e6082478b443ada02d5a2973176d8cc057d3ed0f3b329a09',
  'nhua-trieu-khuc.shop.json': 'e5d7ebe1710f23c765717b824c62d37cbf8b7ae7373671728262d7e196f0d1e1',
  'nhung-huou-huong-son.orders.jsonl': 'c564523d5c2eb98687455265d13de47f20c443e447fb45d82d6a053139765bf8',
  'nhung-huou-huong-son.shop.json': 'a1f8da50edde31c2d94833b326ffa4901db0714b7192629c74420fa1ef29d62c',
  'noi-chao-chong-dinh.orders.jsonl': '30a4be9e08d2b06d2190e1cfb61d59719b06820cd70653b3b59b4a71940cbc60',
  'noi-chao-chong-dinh.shop.json': 'e1e37486fc372d2d70e9a60baf9c4ccef3274690d6a4c8b07caf18c4ee75207d',
  'noi-chao-man-xa.orders.jsonl': '55dcf628ea5a48bac7a37254fa502f7251a0235a18e5d1f81ac88847bc2b15d0',
  'noi-chao-man-xa.shop.json': 'd7f7a426b527d9864478c999591c750d1a55fb557307017134e88c4c5eff56eb',
  'noi-chien-lo-vi-song.orders.jsonl': '5e09ae5206fd64717eae5230814feec750487ffacbbb0b258dfd2e098694b255',
  'noi-chien-lo-vi-song.shop.json': '04e98771851b6fb0c031ca2f89d8618311ff4c3bad8d3d45f61ea4fb34c4b08f',
  'noi-com-dien.orders.jsonl': 'b413bf97d7d7943512ac25c63f2223ac1f2f4cc1c885c296509ae85ae31ef36b',
  'noi-com-dien.shop.json': 'd399d1a2a1afb3feef77e8ff035e3dc8cc977845a7f80c144af87e8ae5498189',
  'noi-dong-dai-bai.orders.jsonl': '56c9113ef3bedb0125ad885c3b5a3274c0e7a94c5624fadd08e532876094d10d',
  'noi-dong-dai-bai.shop.json': '1dcad00ad4fed8c7bd4fa525c3676715de88b2e132f18daa5bccedbc047b71f9',
  'non-ao-bao-ho-xe-may.orders.jsonl': 'e92c9fd06b21e21ee621c8913a6a6d9bd5ae722d7e9c7fb1205f55911ac7a80c',
  'non-ao-bao-ho-xe-may.shop.json': 'b2cd5347ec69c28e681461db5f1adb2310f0f4f2962d6e9c508ff28843d51a17',
  'non-banh-phu-cam.orders.jsonl': 'f2e27b2c2e22f546247b0b4145f2e28c17bb8858b2f2b36593017e94196235fc',
  'non-banh-phu-cam.shop.json': 'c5b126083c5aa1b0f77db1b38eba3fd5d7aed868f6ec38095cd64cf1b239f273',
  'non-co-son-vi.orders.jsonl': 'f98682c3ed6514a58d151dbdb9f1062fbce72127706a5d5fc9e440a1b0ad5fb8',
  'non-co-son-vi.shop.json': '0e82fe6027e2994a4c3af0c81266712950746b650f1c0abf6c6e2f2376a1ce21',
  'non-huong-phu-cam.orders.jsonl': '07d09569246c935307f46de19c1f5f54b9c91cbf1a05884e1171dac3d298fb3e',
  'non-huong-phu-cam.shop.json': '539113d57a26a6152b30e5070aaaa60787a0248f0658218ca958e52638ca004d',
  'non-la-chuong.orders.jsonl': '0139763e6472779415b22d8d4f9fac1808e38caaa68373c404c03eecc21ee090',
  'non-la-chuong.shop.json': '26add6f511131d9d87495904cc3326d1411cef69de9d1734eda4b379f9a2ffce',
  'non-la-ha-dong.orders.jsonl': 'a3a6ba57f1cdf563f6374f0abcbcd3676264848e987bac402fedc4834a47774e',
  'non-la-ha-dong.shop.json': '343d7f6919bb9d9f5eb855cbd995a65ccf51b1fdf530052f4b7b348e97e75834',
  'non-la-huong-non.orders.jsonl': '9faa40bb06a651d0d36d555e87c1c063cc2238c1e38e4704bbb400a16de88909',
  'non-la-huong-non.shop.json': '8c3d3371a34dddf2230d479ac19085cb02ef1c9b6b2cbdebbf156bfe341b06d0',
  'non-la-lang-chuong-10.orders.jsonl': '1d3947b8a4874922bb389cb90f6b1da98355e26012af986564c04d545d7115a1',
  'non-la-lang-chuong-10.shop.json': '6fffa56ee22e789ceffb18310ce10f222634ad76cee87ea48269d40d6dc54cfe',
  'non-la-lang-chuong-2.orders.jsonl': 'adcf0a310db338631a1659e9e2ccbf28a2e0a5d0e45d6b6b1ba332d4b659ffa3',
  'non-la-lang-chuong-2.shop.json': 'c2f737f696f7350e76822f4518fdad2f0280306577e5953b000370509ad56874',
  'non-la-lang-chuong-3.orders.jsonl': '3875926a4b8eedd6ce2a75513c951dab7a23aeb26993b07120b3e9cd2431d882',
  'non-la-lang-chuong-3.shop.json': '785011039f3148fad8c605b03e6ad1256a4e9b70987640634f87ca92023e4315',
  'non-la-lang-chuong-4.orders.jsonl': '0f4c0693dc788b93da75daf0cdc6c807802c7344b040d4b501a85b33e2780f6c',
  'non-la-lang-chuong-4.shop.json': '1858a96f52282564d1b35ab37e99c8249b4127e8d5c580e34e89f7c44d415a5f',
  'non-la-lang-chuong-5.orders.jsonl': 'ff267b8c396e7c0cbd38094054d0622471d2b21ca3af30ce5e81a4583ec377a6',
  'non-la-lang-chuong-5.shop.json': '572ed4fdd8606dcbb95a9f71bc6aaf07b20ca5424fef8c335a41b6caf09ee5b0',
  'non-la-lang-chuong-6.orders.jsonl': '824a3d41c7ac39cab1122d88ba9bd6347c255b496992701b62f62cf0d0425853',
  'non-la-lang-chuong-6.shop.json': '891d86e6c7966ba5881ad9876fcc065bbc9b75497388e16c0de90b43acfb3e99',
  'non-la-lang-chuong-7.orders.jsonl': '6dc7f4f61a0d727215cf20f1b807a9d6f6e2e46e5ac7e126660b0e244f467d75',
  'non-la-lang-chuong-7.shop.json': '5ceb35519ab7aa1198c7ae95e66b444f35262b44241c437c7301ab2f23595fe6',
  'non-la-lang-chuong-8.orders.jsonl': '49e806227f6b7d5f5b5c4f91c73420b8182e9861b527a1b57fa85effd73ce23b',
  'non-la-lang-chuong-8.shop.json': 'affdc7467ecf28652e94c9e652d03b426a18b3eb7dc832e3e0c187a1f9a73869',
  'non-la-lang-chuong-9.orders.jsonl': '69eae371531a2e39503d2e82dbe919fc9f5abaa8751ccb24c25dfbead51c1f2a',
  'non-la-lang-chuong-9.shop.json': '8ba5792121ef5d966612177337aefb3f444bf05d7cdf285b227f359b03e75167',
  'non-la-lang-chuong.orders.jsonl': '157211b0d35ce5c29f21683581213a4e99cea848190475fbc965143699ef92ee',
  'non-la-lang-chuong.shop.json': '667da9ca6a305eacbff4ac3b23fe7776cdb578c4e05b3e98032f1c0429005aaf',
  'non-la-ngoc-dong.orders.jsonl': '3d6835655a54e7b5f37f73cf9f27e257a97fd10afcb9d0688564c8f5e1462730',
  'non-la-ngoc-dong.shop.json': '29098492bee8a67496e47934ab6a4f353b7b203e53c8b44188105f40089b9b71',
  'non-la-phu-cam.orders.jsonl': 'c5e09af8ab3a9fcf688a98ce55c66d24669840cf7b87239458473bf5d50b15e2',
  'non-la-phu-cam.shop.json': 'c51f202f57ccd16f6a69a868bf5d5f6dc8a8581bd75a5081d14fd19a1a636734',
  'non-la-tan-phu-dong.orders.jsonl': '45de1e4439ea454399bb355f34be9b783ce34a4a9c935de4192c4cc9a7cdbfbc',
  'non-la-tan-phu-dong.shop.json': '2433da29433c8ad7527b8982f02e520138d864edd4feb14ce08be02ba4e05c3f',
  'non-la-tay-ho.orders.jsonl': '735e810b28f4986be200a9dbc1ff4804e9b7150029cb4f6158d6489a50e886da',
  'non-la-tay-ho.shop.json': '9834954266402fcd0c2e4c5fc39c3a56ccfdcd99f40b789a4f957381326d3ea6',
  'nong-cu-cam-tay.orders.jsonl': 'b9c0c334c72ef933937574945654116e53f5ef2c0dfc30248e5a12da33639ec9',
  'nong-cu-cam-tay.shop.json': '9f8917fbc5d6e035e33cf3ec60eaeb90d75ee5efb686dd6eacf6bf1d351702d8',
  'nong-san-bien-ho-pleiku.orders.jsonl': '63f7e9fa143c7a9f02b7da71bce6fe8add87a85c70375d5d4529585cbc67faf3',
  'nong-san-bien-ho-pleiku.shop.json': '334f131cd8fafb10a788b02c3694b4751f27f703c19eb104157c7598827555a8',
  'nong-san-chu-a-pleiku.orders.jsonl': '9fa4e6d0043b79a606f3a5f7114a9becfd9e9b2c1b8f5882cb9f6bc6825c2324',
  'nong-san-chu-a-pleiku.shop.json': 'b00ca33c464a48da1724784344bcffa2d900ccff25f641979419d0c9245143df',
  'nong-san-da-bac.orders.jsonl': '7fd713275d3e44d533ec6581c0110f8848a8bee1a6b5f96fc73cfc7b70dc6aed',
  'nong-san-da-bac.shop.json': '8bdcb613af69899034f0d2d144d78affa419dc8d8ebb52e5117180570c9570ed',
  'nong-san-dak-ha.orders.jsonl': 'acc7fe224c615fe990316ebe2303ab2eb205ecf9087bdea57faceb76b773ab72',
  'nong-san-dak-ha.shop.json': 'ec057a64cfebca55116b345a67c931f3a2a13782e828453e6f0d8c0e8fa34a86',
  'nong-san-dak-song.orders.jsonl': 'db2c3bba53c02c3377aa5e67e7ccb8f53d9d49d0dfc63558575c4ab6b6311582',
  'nong-san-dak-song.shop.json': 'fcf56231d7deccb71e7fee39ec63b6fa604edc5651db896fde2d7a7716724752',
  'nong-san-di-linh.orders.jsonl': '883b2ae7f274ba2154aa2073bbc6157ccf8f65303bf0790079c76b2f6f51460d',
  'nong-san-di-linh.shop.json': 'e75bbe92846ccfe8784e4662dedc1314f6e1b002abf644d98c6323070aa1734d',
  'nong-san-ea-tu.orders.jsonl': 'f0059217b3bc00d02301bc2d727783a1d743cfa01cfc9c0f717dd660c7469e52',
  'nong-san-ea-tu.shop.json': '9d1862048366dfb56a740fd9dbc73738efa0c20a6653942e6ab03d500b20f31f',
  'nong-san-gia-nghia.orders.jsonl': '756f3b6d28888d977c0aadb46d3dcb76b8afcf3da49dc116d2eb280971f43ebc',
  'nong-san-gia-nghia.shop.json': '922400b034a1bbb63f0aac539f1542a00158be7000033fa03bbb1b657e248819',
  'nong-san-mai-son.orders.jsonl': '14ac32a35eb0d63bde94c866b4c2e649e83608474c1f3155cd0d46c40a2bbe8f',
  'nong-san-mai-son.shop.json': 'e27a0352f4d12e36df040b28c817b25530414a2375a8d121755cb5cdd7e54006',
  'nong-san-mang-den-2.orders.jsonl': '9726e02647e6073b295d2143126a009c6b17c08a592dc8cfdbbe0dfb923cc6e5',
  'nong-san-mang-den-2.shop.json': '4083186796d86d0d6680cbf9e9fc215ccc731365e992b39f0346aeb12349ef27',
  'nong-san-mang-den.orders.jsonl': '5a4cec550739bfdf732f03c7afa0a7d8500f6cd6ec0b4aeea7a0e0ae25f1da7c',
  'nong-san-mang-den.shop.json': '9303a06cb74fa0defa50c3c419195c48e7d721d9b83e0d1d78cb943b997c6270',
  'nong-san-moc-chau-2.orders.jsonl': '70a8642784cdd53677f2bb4d960082e2ab7a68c536e33716ffad69429b6e13db',
  'nong-san-moc-chau-2.shop.json': '5728abd6e138f33d5c28720e1ed3688d3e0145cc2afdf79e27d38370cf732275',
  'nong-san-moc-chau-3.orders.jsonl': '7e50252172d695d892e395009f808aad2c6873ab74bca8978f201755b127c16b',
  'nong-san-moc-chau-3.shop.json': '959b97a6bfe8f01a589ff0502bb71b020e82a7a96108dff71ef4883ec2939942',
  'nong-san-moc-chau-4.orders.jsonl': 'e595895a78cc9c1543f06897692122cfce9f0bce2fe9823a5f1f9a9610bed2f0',
  'nong-san-moc-chau-4.shop.json': '1589e2acffad55faad3ddc5733b4a32351c58cf0499d67773983f75b6e5c98c5',
  'nong-san-moc-chau.orders.jsonl': '69c73f82d91941b2068ea1041c3ed1e7b509e151c13b85ceaff209fdbc235f34',
  'nong-san-moc-chau.shop.json': 'd01d87a414da18a6aa2919d04d5e624bd9087887ddb3ace606fa7ba2dd288bb2',
  'nong-san-mu-cang-chai.orders.jsonl': '507e761fab4a313905b769b71206451550e0670863709ba70c03a1c14db01498',
  'nong-san-mu-cang-chai.shop.json': '26d1efcb2330a3cd6c74dcf02375412dcc5d98b41b0bc89e87ac90eafac85d5c',
  'nong-san-trai-mat.orders.jsonl': '638f2cf0f767c7e5f80b5be7dcacb41541375a43b34f915b25ca4877750bfccb',
  'nong-san-trai-mat.shop.json': '87b651937fc45199e1d2427e399e3b421ece1afad89b4f43700902a98915fadb',
  'nong-san-xuan-tho.orders.jsonl': '4c8e30d37bbc042b27bf9af597bf0fbb307e07c987ffde5f3ea07bce52f30334',
  'nong-san-xuan-tho.shop.json': '2a02db6101497a950263b094f5a317b6363aa8f1818045dfeb8c8f9014cf5f7a',
  'nuoc-cot-dua-dua-kho.orders.jsonl': '2d3c673b0f94227fa78165fd9a4144cb54709a1abd6610b573ab4e0fc64dcca0',
  'nuoc-cot-dua-dua-kho.shop.json': 'cbdd336ed6fb767f02f1c9ad7464bd15ffdfa4c0b350be95b81dde0dbee7d814',
  'nuoc-ep-cai-be.orders.jsonl': '6a2a88db097214e70cd737d698ecc26eab9061dec702e849eb1de5dfa3c6d044',
  'nuoc-ep-cai-be.shop.json': '167e2229a2eff14afb298723e6439f139910343c688df498ad48d9a83d4b1ae2',
  'nuoc-ep-trai-cay.orders.jsonl': 'c2a40e33d90787914a6f293229cf863b3b9c00cafbce2fc82170e129be88ea80',
  'nuoc-ep-trai-cay.shop.json': '7884f000c657fa9835d2745f9f32716fade325f12de20d0a7ba1088764cb2870',
  'nuoc-giai-khat-pha-che.orders.jsonl': '8d9ae6de36232862ec16d7ebbad6b45adb2ad311f8f748b0b0cff53773a269d7',
  'nuoc-giai-khat-pha-che.shop.json': 'd1d860ace87fb1e6daec80445243df851cce572354d0868b23c73a199713b9d1',
  'nuoc-giat-rua-huu-co.orders.jsonl': '72ed9827e51d6b062845ea322a337f9d0726153124676df82f2ee354aa8c22e7',
  'nuoc-giat-rua-huu-co.shop.json': 'a34689b6954eae00bd302a84085446555d97877c40dc461a229cfb58679713f4',
  'nuoc-hoa-chiet.orders.jsonl': 'e50fab060accbbf9eb1a26f852a22bee3515316d6b8d713dae8dbc43adfae5ed',
  'nuoc-hoa-chiet.shop.json': 'dd7ea9e2e4a3e5717015ecff2339f36919d73545839170361d82ec54946fb472',
  'nuoc-hoa-o-to.orders.jsonl': '2a093aa0e8d517d36e1a842edfe0207e7392c3af661d1c14be9fc9544a3b6997',
  'nuoc-hoa-o-to.shop.json': '94fea164f2035537f6bbc66f81b941f32e68a4a6336abb3a0bb8041a3334137a',
  'nuoc-mam-banh-phu-quoc-hai-san-kho.orders.jsonl': '926a272daded9a554ab499188e6e3e92c09f8089a44eea1122b81e5dac600634',
  'nuoc-mam-banh-phu-quoc-hai-san-kho.shop.json': '89cd3302b4a70194bf274f226af2d49dcc0fd7ab90c31b2ede9e500d117bd32d',
  'nuoc-mam-cat-hai-2.orders.jsonl': '82bfe59e94dbaca53e884a435df30716fc9acc1fa0bed4e69ea76eb1eee7960a',
  'nuoc-mam-cat-hai-2.shop.json': '48ed4e1ad60bf726986047ddcd6699301928fcd66c6b0e3a6bc2c7b720637a74',
  'nuoc-mam-cat-hai-3.orders.jsonl': '7bbe274a6a4dce702724a9f1888f2c2870fa0fc0b3a74b8946aca14ba4bd2822',
  'nuoc-mam-cat-hai-3.shop.json': 'b3527f2d5e24820ed4e5f925352e75e9fc359363ec24349799d04d74822ee5df',
  'nuoc-mam-cat-hai.orders.jsonl': 'd12b3345cffa37a747683efb47ff61ea07bb8635835f8272b7323aab3dbd225c',
  'nuoc-mam-cat-hai.shop.json': '793957529d4ff6b703a5c136bbbabaa7dba69e29dcec834bac8f8c831ab47e1a',
  'nuoc-mam-cua-lan.orders.jsonl': 'f7c019966621c754d2e31fed008793a364645f24736af25949f504399cfba0fa',
  'nuoc-mam-cua-lan.shop.json': '112055e806d46cc2d8ee943a960266afae032fc1a251a05993e6932058f633b2',
  'nuoc-mam-dien-chau.orders.jsonl': '77552c409086f8854c5c8ede1c0b6ce586d840eccf2b28658ba8a1037b6b072d',
  'nuoc-mam-dien-chau.shop.json': 'e9766a7d425c16fb90a7c321180517dbab9b7a2142da7497334aab14075da315',
  'nuoc-mam-ham-ninh-2.orders.jsonl': 'f496705575ab72156e2d6b8308715f216854152dcc4e5202c4ccd82647946910',
  'nuoc-mam-ham-ninh-2.shop.json': '74a508e1c2dcc1f4c1c7861c78a9e1c99db2df043b888b746303a5781799359b',
  'nuoc-mam-ham-ninh.orders.jsonl': '175eac7f11d1dc32b9d6ef3537541647b1edb747de2b4757bce8b98798ef7965',
  'nuoc-mam-ham-ninh.shop.json': 'ae97e1d6bef1ac0b94f0e9b13c4df317ec2127d2ca49beb89deb1fce3eab2cac',
  'nuoc-mam-hoang-hoa.orders.jsonl': 'f9777da71ed79a00397e22d4f5876d28f9dddd78e7264577f83e0f64851d2545',
  'nuoc-mam-hoang-hoa.shop.json': '77bf7761abd476d210797807e10577a1f045bccc5e756601f5e511264a017ed2',
  'nuoc-mam-muc-kho-bao-ninh.orders.jsonl': '8302b18097be7a8f04b33fa7f97beea13cc15a4655fd1289b9913c8b53b0d63f',
  'nuoc-mam-muc-kho-bao-ninh.shop.json': '5946e32e92e99b0a1ee52eb299fc3298fdc8bbae8a32dba9ab7207019d3ebd46',
  'nuoc-mam-mui-ne.orders.jsonl': 'b930dd5eb783d26bce431cf103c49045b294bb8a173d21a04a36f4402d3e4398',
  'nuoc-mam-mui-ne.shop.json': '7fe0bf3e53267fc84456547ebb78b582aec3320d18fcc81f25324dde3343386f',
  'nuoc-mam-nam-o-2.orders.jsonl': '43faa945d803ce4f2553f16676346655cf4eac284afcbe7bc900539f1a25dbe1',
  'nuoc-mam-nam-o-2.shop.json': '85e32050d91e02eaf2a2020419899e4465b9d00bde02b2015cf49063c139e80a',
  'nuoc-mam-nam-o-3.orders.jsonl': '2e339895baa1248083fecbacd29bba2859246ba16043f94c926fff91023202c7',
  'nuoc-mam-nam-o-3.shop.json': 'cd69b22f360a98df54da1bd86041471529cde2b329c0b39bc007fb1094f669ed',
  'nuoc-mam-nam-o.orders.jsonl': '055ffdfc8c3390cf9531fd7f2ba9a10a5ccaecbafcfb9e08dc87e8b07aaf8458',
  'nuoc-mam-nam-o.shop.json': 'dd37463ab0cb82acc44b96ff08ae64af112bc15e2a72f57a35f6b6cb3cceae86',
  'nuoc-mam-phu-quoc.orders.jsonl': '8ea3babe9963d1af837cee778e577e779a195a174648c70a0c8e695d42e9ec4b',
  'nuoc-mam-phu-quoc.shop.json': 'e15c8d7fca04c00770d9f39cb2708b5031d74f70b873883d4f6e8ea8f590de98',
  'nuoc-mam-quynh-luu.orders.jsonl': '8988863a9f0f1f24898bab82400f0f627061f8105a719c1f86e287ac82e3da7a',
  'nuoc-mam-quynh-luu.shop.json': 'ed4a886ece02c31d776fe872365ea32db9652794ee12bb0aae3e8691dbc5ddc6',
  'nuoc-mam-thanh-long-phan-thiet.orders.jsonl': 'fb73d04e50903fa6bd69ba661c3cbfd38f483bf540e8b9f65f23cb6e094406d6',
  'nuoc-mam-thanh-long-phan-thiet.shop.json': '0c73e12f75e227d19a124310fb7d2fc8b8a321f68f8fcbccb07a2fc02d71188a',
  'nuoc-mia-sau-rieng.orders.jsonl': '54c308b31f172a184da8ece9efd912d6204e00ad8cb4c6cd2a3eeb97904c59f1',
  'nuoc-mia-sau-rieng.shop.json': 'c7d0faf8d55d3a492d7fba6f9f21ca68e9e468c54c908ce21ee0aec6fcb692aa',
  'nuoc-ngot-thung.orders.jsonl': '909d2b8c2e4ee67f03bc3a0f673c47a1d545163c68394e41bfd2bb1355168961',
  'nuoc-ngot-thung.shop.json': '1c5be3277a3f1485903f26c4957e408aaccd9314b1c55dc8a7302d98b1f75100',
  'nuoc-rua-chen-lau-san.orders.jsonl': '7f489150a3a5160e29d1faa1dfd09c19ae80e56a6000c0247a2a09377a968b0b',
  'nuoc-rua-chen-lau-san.shop.json': '9e6c12d37026e8530e9eeee7df40204cf9c6f24fde6bc0af51027e544ef8fcfd',
  'nuoc-sam-cho-con.orders.jsonl': '18a0b75a61c79a889832cd0cb5a52d84f6d4d4cb59db20eb2fe813360fc2b4dc',
  'nuoc-sam-cho-con.shop.json': 'ed60de6a29e2065732eae238ee0208dc1c02e4ebb66bbbd622b565e899d58f88',
  'nuoc-suoi-binh-20l.orders.jsonl': '339cac60044576003f3f755f5856bc0dadcbb7ce535120352ad08956ad4af492',
  'nuoc-suoi-binh-20l.shop.json': 'a782666d597acbaec7db801a2d3a9bdd56e25e4239cd6d8af1559ed800b75613',
  'nuoc-tay-rua-nha-bep.orders.jsonl': '83be43bf35ed5c1b3e6d6a62bf2fb39075e72725e31b78dd75c5e66589dd464f',
  'nuoc-tay-rua-nha-bep.shop.json': '92f32cdaeba0db04ea9d4e7834d1870b1033d2854c44130293c38170310c8626',
  'nuoc-tuong-dau-nanh.orders.jsonl': 'c45538d2f18d42bc44cce5e1cea9bff609d61b14b53915e3aaed5c7968102b6c',
  'nuoc-tuong-dau-nanh.shop.json': '07c5caa1ae31962d91f4bc7e11c5fb8ec8533874f87c993b7a831c4dc2cc138e',
  'nuoc-yen-hu.orders.jsonl': '0acf3a5b1bb11ba46fc6434c190aeda0483b646f94ee0ba2c1e718a429de15ca',
  'nuoc-yen-hu.shop.json': '8dbe7dc57dac578f4521044c7bab9cfbedcd1b874f9a15647d3b90b5880ef331',
  'o-cam-keo-dai.orders.jsonl': '3d21a346ec89f442be58710e7d4bb284aa024e646184acf8c4e58d77cf530b8c',
  'o-cam-keo-dai.shop.json': '6df9ec12d0f2c9952fcc7ad2a1f452ec240854cd4f44244a998c767ae322b209',
  'o-du-che-mua.orders.jsonl': '55317025ec46ed89e68fe623cbc47d7a59745e7bd6f58b4b80cd23df25e86dab',
  'o-du-che-mua.shop.json': 'd385b3dd2eb27603df38b36d3a071dd4f7a1de0a10a551689d9948d1c1820a48',
  'o-du-phu-gia.orders.jsonl': '64470fa006a408aa5eabe82b9e9630c16e55d3104e7628cede14b258684d3f88',
  'o-du-phu-gia.shop.json': 'e61743be2ca6e419207281d21666d3ffe00c9083ded288f798ce09a02cc9656e',
  'o-khoa-van-tay.orders.jsonl': 'f793edc2a22660fa5a1dd6eb983f765c926b00d5387789d6912476af8428cfb1',
  'o-khoa-van-tay.shop.json': '91d7761bfc0913d6cbac18350d709858bfa067d75c0016c3b0dbc3d7e9704f50',
  'o-khoa.orders.jsonl': '3bcc1e354072475f1e6137401dfbbfb967040571f79438d36a059e1cf11a328e',
  'o-khoa.shop.json': '413bdbe760ae7c1e1e076d30f64ba59fe1c1272f0ad1edca276b5dd6126dbb12',
  'o-mai-yen-phu.orders.jsonl': '872e2df2c0e20759e33b0f02b3b9f05af5ca24e47bf7931e931cd63140b2b492',
  'o-mai-yen-phu.shop.json': '5c30df4bddbfb75c8817fe51f79b8469a45badc5152c8fafe5d7f69d48b62919',
  'o-quat-dai-yen.orders.jsonl': 'b60dc3404c9e616d65882afb041919dcb2c6d651f2b72fec677be1b81d7dfd89',
  'o-quat-dai-yen.shop.json': 'b0af84d657571e0caa4ca49c9100374c3ea144a630657dc7a862cb747543ca89',
  'ong-hut-co-bao-bi-xanh.orders.jsonl': 'b5e2e645416e9bf87adcdee80ba79183c7e736b2bcf2070b81e9059f78c249f4',
  'ong-hut-co-bao-bi-xanh.shop.json': 'ad0ecbd6d55136acb043361242bf9a0f7f367a57f74db79081919708b780e6d6',
  'ong-mat-dong-van.orders.jsonl': '3be4a0a1dd24d44f643150bfa3c457e1578957fee11519c6eb3c6bbdb2671521',
  'ong-mat-dong-van.shop.json': '1b42b2c49ac8fd6a9d4f5069fc1a7f8d43a64c2f5ff29b61880c63dc67b29514',
  'ong-mat-khoai-chau.orders.jsonl': '9327048452d933b912d6a8c380f2accc8259a5c2751125c15ad35fe368587897',
  'ong-mat-khoai-chau.shop.json': '9dece8c9aac7e1a1bb5091e2a7f09655def27b07df74cfd1459b2615d1b65466',
  'ong-nuoc-ppr.orders.jsonl': '3454a37866bc588e6483ed80ab402a352af3fa9941b1b76417b677d1985c1df5',
  'ong-nuoc-ppr.shop.json': '61b86fa0e514d49b33d2a11e30331b4b66ad9a9d71b3e796ff3f003a6cb09b8a',
  'ong-tuoi-nong-nghiep.orders.jsonl': 'bbc69a2eaa1ae239a5d0f1218813f901ecc74784bf8936b50dbe429bfa80a324',
  'ong-tuoi-nong-nghiep.shop.json': 'ebcd4171853d355ea5ee96122c3813926805d3ec6ad0a14a230a208f3dbb59e5',
  'ot-bot-gia-vi.orders.jsonl': 'b145c2c3bfc9a8126b695e3c972a577ded9d6cdac66cd2e0780c6ae883d38bfe',
  'ot-bot-gia-vi.shop.json': '1c9d79bff091f90584eefc7d40f686ce5f1b4508a7195f57e82d27d793da68d4',
  'pallet-phu-khe.orders.jsonl': 'f3f175db744af6a8f60b6878b92075206d7024b2dae070a74a7d0470bf503446',
  'pallet-phu-khe.shop.json': '8899c2b0d2bab7724808992557f1211aa26398f90ed6746d846e924ad410f15e',
  'phan-bon-dat-trong.orders.jsonl': 'bc6a1c67b2aac355d13f76925405cfc78fbaec066f7a5bf4ac21c8b2769a5c04',
  'phan-bon-dat-trong.shop.json': 'c94aee3d6ec1fa713e536a7b12ee6096e27cc915547b0b1b582e0eeeb220ff91',
  'phim-dan-kinh.orders.jsonl': 'bab885a0a9cba417c550015aeabd97eef7019893df610acc95f8653a88100d0d',
  'phim-dan-kinh.shop.json': '605023e30a11b224c40c501a53a6ca9ff85280c23c312a676c9a49a285072ca2',
  'pho-bo-mang-ve.orders.jsonl': 'e30b92fa494fd1f3cb9d7a16da289b2c411fd69af65f92a608f78bae59522dfa',
  'pho-bo-mang-ve.shop.json': 'ebc02471f6ee76afc331c49866775962410f9e3b9992fb0bdafea188a30bce69',
  'pho-cuon-ngu-xa.orders.jsonl': 'd31947bf6182e4a42a9d0a596c6b8e2a7f54db8f28c2220aa6cc46a3f92a1c7b',
  'pho-cuon-ngu-xa.shop.json': '88ce77d8238dc1d43f845191e63b0593264d0780f0dc564a46942cd9907a245d',
  'pho-van-cu.orders.jsonl': 'b1792cf06f1f60fbea65c6de36cd704a3e9a1cb6ebc3455a0ae9b0b6570dd709',
  'pho-van-cu.shop.json': '82142a3b488fbc1e8aff28e195c32bdb68263da074c145155c3bf981906fa609',
  'phong-linh-cam-thanh.orders.jsonl': '3e46c5aa7a2a6ca30d323c58263c3985c3a39d15b666f5db6c42e3a415a95cce',
  'phong-linh-cam-thanh.shop.json': 'c7856c599c1d121b1269f3e61adf7370cc2a1762c83f375995dbc4452601c00d',
  'phu-kien-bida.orders.jsonl': '040bbb7ba200f320c45fe52e60360d45cc5a7a92edad4612eeb56f9cb303688d',
  'phu-kien-bida.shop.json': '49236861d284eb3a07d57b19cdd41d89c9e4dcffeca5ab4ddea1e955707f7b8b',
  'phu-kien-cua-nhom.orders.jsonl': '34aa84da478acb55bb9ee3c7b8f8f03713268fc8da8e8e44fcf7d772c6c5f3a4',
  'phu-kien-cua-nhom.shop.json': '3ff5efe306af5774965283daf1ed8fc948ce9ada502b58749f01e8f0f920e310',
  'phu-kien-dien-thoai.orders.jsonl': 'e03746dde0a0a3f40a5d0017b557bbdb9fb42fac1d0c8b1cc67523633ddc14e0',
  'phu-kien-dien-thoai.shop.json': 'e32e084d5542e84bdbe3ec6774651e960979b7a8f50bd91b201c685375d68f31',
  'phu-kien-may-anh.orders.jsonl': 'df84cc08b43a4715b46c272acb9eeeeeb75bdb96c5cefb60aa640410c9ee7df4',
  'phu-kien-may-anh.shop.json': 'f8e60ea8d6f0c515c65b5aa413e098f5cc2709edca14574caf6011db47deee9b',
  'phu-kien-may-khoan.orders.jsonl': 'ff9a8602ec48afd70054b2ab044f4cb845ed158062c388c42281abdbeac951d1',
  'phu-kien-may-khoan.shop.json': 'd5ab7230a4f747349b7251f2d59e83d5e04a4ab0a33361c874c61ec7a98429be',
  'phu-kien-may-tinh.orders.jsonl': '1565339574a90da0cb1de82f407e923b97fb63ba91ad72e839cc4ca599886279',
  'phu-kien-may-tinh.shop.json': 'ba54c970913404ad6c3ea6944229e251178a33ff814cc0ab2371f8e4b1e858a2',
  'phu-kien-o-to.orders.jsonl': '597f9a1d32bfb77aa8aeb7a1ea8c9584091784ee8f5eb294920115bb96a52370',
  'phu-kien-o-to.shop.json': 'd7e350625fad31264e0842c2f31c1117018e4e847fd79594b625c82ec00f300c',
  'phu-kien-rem-cua.orders.jsonl': '7e7f7f511fc2abc8c0c8603b8f5014978b39594201dd9f11b9798e1b519a9857',
  'phu-kien-rem-cua.shop.json': '0472ee3ea33d995def4bd5784596017ab3340c8882fac69f4ce39acf1cf93d0a',
  'phu-kien-tan-phong.orders.jsonl': 'f71d63d995009fd46740bcba3f38927cdbba64c562144b6d9e32112e3bd7f769',
  'phu-kien-tan-phong.shop.json': '256f1ca873e56a8e419072ae3897bcecbbb1f31ec0650351ceb2b342bdb6bcc2',
  'phu-kien-thu-cung.orders.jsonl': '263b7e3094c3c5716056cb778fe21d738b742a0148b0ca910d8a943983e06c6a',
  'phu-kien-thu-cung.shop.json': '533c7e1afd586c1bd96fbf8fb16785664ad9d212416e290434831b2ea16ec9f8',
  'phu-kien-toc-thon-dong.orders.jsonl': 'db48169ea208fd35fc8e9b9a8c4d715c0f04ab9558b0e1e79a98f4ff128f2e7a',
  'phu-kien-toc-thon-dong.shop.json': 'e65169ea284285ae6261473ebb92a581ccbcfb775755a8c4ba039f2f823a835a',
  'phu-kien-toc.orders.jsonl': '6dd9e4f7f576c748f131b3f492685cf11d8c0bc7de0ad3fe35620ce1a62bfc52',
  'phu-kien-toc.shop.json': 'd064551c413dfdbbf06587308311a6f5eb71e9deca9ac7dc936c69fedd2c8296',
  'phu-kien-xe-dap-the-thao.orders.jsonl': '87488dd45d650201686eca3a6220711e3e22c82361e3df166440896d8ae077d9',
  'phu-kien-xe-dap-the-thao.shop.json': 'd7c655761e77ae03562e2e9f394f8e968ee0e5a923d5d9c3d612c125b06dda71',
  'phu-lieu-may-mac.orders.jsonl': 'e25b1364a18be7821ac141fce130f0d4bcb85c55de1954bd857690bf47358d9b',
  'phu-lieu-may-mac.shop.json': 'ab8fd3ad178aee811e67b854db680b8e53cbf1f006631189ca9fc9c6e11c88b5',
  'phu-tung-may-bom.orders.jsonl': 'c9a0a14c36a8b48750e891fb55198f4ac39e657273c4aa9044c67de1c8b5f04a',
  'phu-tung-may-bom.shop.json': '8939912512e9ee46d517fa27774895a6c9a4d4a63df8c70a8572e3b3600eb9d3',
  'phu-tung-tan-lap.orders.jsonl': '4d76829378e91cbe889fa4cac8e68a93a87ae9c671db7bd885e4523d5a4f4f48',
  'phu-tung-tan-lap.shop.json': '88e1c2902ba084e64e59a881fe91ec66c0cdf05c60e7070564fcd5fd60416418',
  'phu-tung-xe-may.orders.jsonl': '67c399995cf644a1e3c807807517d74fb12b2d1786797ae7833217b58bddfc1c',
  'phu-tung-xe-may.shop.json': '185211b2bc0cf26fd40155418ed2d4125fbc88de0a1e3fd39573dbf379e21be3',
  'pia-lap-xuong-soc-trang.orders.jsonl': 'fc28a249e95b5532ab88f9ef2cd212298a60df8cf6bff8fac0f9908ddc68010b',
  'pia-lap-xuong-soc-trang.shop.json': '18056513deebe44e97fb614e072fd63d23548ad76d07a4544309d83487100916',
  'pin-sac-du-phong.orders.jsonl': 'f04fda58c1d5edd9795030644a907e2104fa540d0dd36e4061ab3a499e120177',
  'pin-sac-du-phong.shop.json': '9fcd1ce072917208aee5e52fc35679f90e5bc5af8ec90ede2076b67a49f5bb74',
  'pin-tieu-pin-cuc-ao.orders.jsonl': '6aa08ccbf0aac41b2acc1d119b060a61fa5ec6ae4eb424850f844b269b213a2c',
  'pin-tieu-pin-cuc-ao.shop.json': '51f2c6c8e3204528c94be395ddb197e58a3e093586972603855f557f222251db',
  'pizza-quan.orders.jsonl': '85153716b58efa894b28b00e58387a5f78b55874152506ed500f50e729826e3d',
  'pizza-quan.shop.json': '0906ece2c2790dcb810f89d1580afb0e925814ab560a43a42d76db24a124bf83',
  'qua-tang-bat-trang.orders.jsonl': 'b3db89f7863e5a8475a08a3721556c07c4dcb99a8bdd0c092d6ffcee81e45e4e',
  'qua-tang-bat-trang.shop.json': 'd6ff5f83a313736786f9f197cf66940f3ecf0c3b50a73cb2975230c73337f290',
  'quan-ao-tre-em.orders.jsonl': '0149dbcb684c33fbaf32a113ce870a76aa314e53b3582c00c24542c78ec381b2',
  'quan-ao-tre-em.shop.json': '0b029f5091a1ce68e281b262c104d3ef4ab63a2e2096a380337c951ede3adf20',
  'quan-com-ga-hoi-an.orders.jsonl': 'c7dd7a996ffb548f51f514dd449bb40939afd8b9c4802bf6d888814d9f9ab206',
  'quan-com-ga-hoi-an.shop.json': 'f4dda70327406e704fb8de3a41a297c725bfe15aa33a0b626e5327bf543e4966',
  'quan-ga-ran.orders.jsonl': '852a01ba380b0167e38b037dd006e0aca6af4bffc9b30c85cbd3616b9f7e89d4',
  'quan-ga-ran.shop.json': '6967d6caaf0166cc443c43d618956060661328d67c84af3e29658b08e35fbaca',
  'quan-ho-lang-diem-2.orders.jsonl': '94bffa93534710780c8a9740b652cc719b7da0900446d287105553775245f608',
  'quan-ho-lang-diem-2.shop.json': '585c21ab198bd80de5054a3fab4dded43f4d6dd2aefb2e5b44a713a54cbe7397',
  'quan-ho-lang-diem.orders.jsonl': '09c93a9c7fa6da898a1dc15e9001f3529844a3ab00903ca69cffc2eb56b6f473',
  'quan-ho-lang-diem.shop.json': 'b1ac01d350c83533c938561e6483bffd5db4b937299bd2702e1832f7b8b33516',
  'quan-ho-lim.orders.jsonl': '8aaa2dc33bf062515f1cd52317f5bd0239af6ca0b024e08aaa77b84219043d8e',
  'quan-ho-lim.shop.json': '05219754c9e7a8cb08f3e19f0eba02930c4e6006682336ebcfa204b11be4ab89',
  'quan-jean.orders.jsonl': 'b6a1ff5ad81702f0e6fc79b050aa67bfca11289bd019e19bc5e17c98f3ef3afc',
  'quan-jean.shop.json': '912ea31ef7fa6713fc677f1d765e8a6de9ca468755b4565eafcae469add30a92',
  'quat-chang-son-2.orders.jsonl': '4437984e12b561a3da5254bfb9adc9d7787e624d6731a7f90bb0eeef89aaf32f',
  'quat-chang-son-2.shop.json': '440ad2ac340ee8eda07d5264909863488b45b6f36051762ffa210b8a9e7f12b1',
  'quat-chang-son.orders.jsonl': '77501f65b105b2de801155f09b2b6db78ae6b25d061d85d2f5d745c542ff8422',
  'quat-chang-son.shop.json': 'da0aecfcef2e1a7f29cc94c93f0582750aef2987be5c4302aa40f3a23b29a4f9',
  'quat-dien.orders.jsonl': '380778aef462dd7e3bc170f7796eef6a38645814eec63b1a09a3d52f42456399',
  'quat-dien.shop.json': 'f629d583af3f9a5986b84d91f9be9eeb0b5bc57d1eb0a8164bef39ad41efe0e4',
  'quat-giay-chang-son-2.orders.jsonl': '7554d671e756af7636cfcb8fa03bb1314646e255139ae7e10c5485cecbccd836',
  'quat-giay-chang-son-2.shop.json': 'eaf219ba09ad092f5031fdff078fc7573c976b639e8bfff4c24620519e873c8e',
  'quat-giay-chang-son.orders.jsonl': '1208f4e3cfce9c736fa046ab063c4a978381757b40831c04b50c2f0f0d2d3f1b',
  'quat-giay-chang-son.shop.json': '97ac82af1184e20ab8a9369662ade45e07910932c1809d802aad8ca9b04dde9e',
  'quat-giay-tam-son.orders.jsonl': '71f15f087f84c3b692c765376d5635a22c4c956d748d8dd6d7ce3f20ae082966',
  'quat-giay-tam-son.shop.json': '5ae44c4bf1f6704317e739ca31c020c6693d4eb6508f545b9c8b727ea930602f',
  'quat-go-chang-son.orders.jsonl': '5ebd3fdeb01ba20f534cf8a878fca785e34f0d9dad17a27172bf0f87ec7aa259',
  'quat-go-chang-son.shop.json': 'acef62d255fc9ec760974404d2ff9a23e7cda3f6cbd1464ade1f8a1854cb581f',
  'quat-long-chang-son.orders.jsonl': '7acac13e99df9605e664ba7ca4466412b68cec71fcdc3138e21886faa72797fd',
  'quat-long-chang-son.shop.json': '1e851e804a7be6523867efadb60214a1907f4f507498411a06d8c0b0ad92dd5e',
  'quat-may-tre.orders.jsonl': '4569065eb3a08f5571f7ff28682e9bbbdb970f640fd384a9662067445c3a28f4',
  'quat-may-tre.shop.json': 'c6ff55d9e39fb1bde7f95ed0160cd13a4fc861310796f72ce27916847262787e',
  'quat-non-truong-yen.orders.jsonl': '14ca80e3b57fc04e4d6b1cba897f45e2985bc57c2646636fbcbcea2d9a983eeb',
  'quat-non-truong-yen.shop.json': 'be34c78c8349d1f157690dec6a67c5d0e2a097dc52c4c5f0bc0f8b534f168877',
  'quat-tran-quat-hut.orders.jsonl': '5416b9bb69261d9f1e06f792dd653f312eb7c6fb8f2972f45e1161848bb12d23',
  'quat-tran-quat-hut.shop.json': 'ce4f343212b02ab39e7e46da4988a6614c9fda743c37fdec3db31680fd074676',
  'quay-that-khe.orders.jsonl': 'd116dec2fd42e1af3239c4fdba6db0db8f941c796babd7b9e69e944115ace1a0',
  'quay-that-khe.shop.json': '108f9ac7bfce51e69f5e1f4e1239367ba5757fd2f387398d387e2e851c673c38',
  'que-hoi-van-yen.orders.jsonl': '5674fe80463c4b373e673bad3bf149feb07334b94a51a7dddfe5f9daa95c32ea',
  'que-hoi-van-yen.shop.json': 'e41a6bab33f10dc0be633bcb8dc52b12e5a6b992083fdf14e902a66d1303bb2e',
  'que-mach-nha-quang-ngai.orders.jsonl': 'f52c7a194f488d0fbff24653327dd6fdb26ed49c890dfcc4d69f2520c8fc63b5',
  'que-mach-nha-quang-ngai.shop.json': '222accc486ace06ee9191e30d998db2871fab17c4b0c4349395124ddbbfda01f',
  'que-sam-tra-my.orders.jsonl': 'bbc6b7d188e0ff8f5a8c844ff09daeb714f4a296c80ae75cd93ca9c282bfd8d8',
  'que-sam-tra-my.shop.json': '184d7fcccf98ea69f6650f7c385c36dd0cb41107df4e63c56f8766984a24be1e',
  'que-tieu-que-son.orders.jsonl': '2136c4f9f710564c61eb7aae1265eae531f882ce8bc51cc353e088b5f40776d5',
  'que-tieu-que-son.shop.json': '94278b00edeb85122ca7bc027641e5c08d365ff9280b642b9c2c69f6d3f331e2',
  'que-xien-tam-tre.orders.jsonl': '3ab83bec6ecb427c810c877de680134741a98a5ece744c0b4d2325961c284fb6',
  'que-xien-tam-tre.shop.json': 'bdc1046b249c9f350c4137865a3c00dde379551e09879c5d7d7857780c830026',
  'quy-vang-kieu-ky.orders.jsonl': '5279379e27533fd2a21b39d076f4d91cb51d18ce5fcaadb474ca21d3cabc2c9e',
  'quy-vang-kieu-ky.shop.json': '54697c526d00a521215a63db8fdbff392f6c789549586023b8488a9da09e1235',
  'rau-mam-yen-vien.orders.jsonl': '5d79fc0a12dd72833631cacfb0b3136226422f4337137df4435617a563eb2b4d',
  'rau-mam-yen-vien.shop.json': '4d995e2640724797a546f41f7148256a3afa3f5f63a9e877c7a551e55f00d1e8',
  'rau-sach-da-lat.orders.jsonl': 'fb13702ce01fabe7a79f0286ec210946e8c08c36967bb63fec837731f78b9747',
  'rau-sach-da-lat.shop.json': '3860cec97a6f83297e93e7c30f7045d099c7f471b1b0e7688fbd0b2c8d3f6bae',
  'rau-sach-van-noi.orders.jsonl': '62b76f79ff1c9f8f30b4f64f0eee3636f690b52c072561766ab4a237c2476eef',
  'rau-sach-van-noi.shop.json': 'efaefed699e762180740b439dfbe77089641ab3b4c1e21ef01fce5bc4441e9e7',
  'rau-tra-que.orders.jsonl': '6a6969dd9d13017600fc4ef1276fccd0c4168b71aa144b30631ad165e7bca004',
  'rau-tra-que.shop.json': 'e9fe7f453be86307164ac06df6219ccf1cbc926e1ce5cd23dd285ba86dc48a30',
  'rem-cua-tan-lap.orders.jsonl': '12d5d351cc841841ecc4e39e3e66838eb1f1cd127c3da0772cb50c01437f116a',
  'rem-cua-tan-lap.shop.json': '93f5d3ca07cee74abeb949b603f9a660cc6cacb3aeacd386eec10d30e0d0ce74',
  'rem-cua-vai.orders.jsonl': 'e6e8440d926fed15045956f055357fc56472be42c0245b8bfcb5c10771c64a0f',
  'rem-cua-vai.shop.json': '80a08e76dd14a34781c5ffdd8dd547651176e2ed369150c3163349f3bee13350',
  'rem-phong-tam-moc-treo.orders.jsonl': '7ba96532462ca6144fa4df8c13cd67841342471487f5afeb91905d0c9846400c',
  'rem-phong-tam-moc-treo.shop.json': '12b70b86cadf3fcf2d81fc7f445d19f4bfe76ec12ab41b047f459f6eabe909d2',
  'rem-tre-manh-truc.orders.jsonl': 'ec282876feee89a1f8937c0882ff73a3b0075b20e7cb0ce3395b567acecf4370',
  'rem-tre-manh-truc.shop.json': '3534a9039e6200195013890427ad3efed7d1b2756c5e02c302c51ecfce64870d',
  'ren-da-sy-2.orders.jsonl': '8ec3735495c1be7e98a3f84df84f85721c6965a64c434083547f6e90a8bba446',
  'ren-da-sy-2.shop.json': '8e0907cb343bb9cec9682a48aade2a93d96f2c83d5e4e7312313efcb8c7caee1',
  'ren-da-sy-3.orders.jsonl': '853690cd0843adeaf7bfd3af22ec000c0195920cc193d32d7bea24b09fa9c525',
  'ren-da-sy-3.shop.json': 'b0c51bba8bb63e79a3b7906f434684dab9a5f40856e843057389ae526873b0e2',
  'ren-da-sy-4.orders.jsonl': '27f66b7da0e2b17a4c28290856b91950900225ebcda2fe6564c7e9587efc0bb3',
  'ren-da-sy-4.shop.json': '081163ffd5c598ed84b83d11ae49b13ee151bce07b263a37e310e008bb4db510',
  'ren-da-sy.orders.jsonl': 'b7e420156bbd6eaac78f02a8bc715f0defc23445d3ab2f57577ef78b8c294787',
  'ren-da-sy.shop.json': '28f00f874f59eb7fe048b1ef5d247083a4ac6313f6d2840d0b00b922de3870e4',
  'ren-ly-nhan.orders.jsonl': '045c1d0c074a760b36aabbdcea5d26eadc9e210280111ae4207c178648a9e65e',
  'ren-ly-nhan.shop.json': '28841f99184043ac67d5d7223ff334b158cb7fff517b6e380dfbbd289ade46b1',
  'ren-phuc-sen-2.orders.jsonl': 'fcf6ea8dcbf08c1d3d47a85a455e9e4abc91de3b3fc96cd98fd76e1eb5c64619',
  'ren-phuc-sen-2.shop.json': '24d944a262375c2e9c2d7c9cb0fef8148bb898bb88601d47bfb82c5b329178ed',
  'ren-phuc-sen-3.orders.jsonl': '6c0a022636981c902a73baca71f21267587529281f4154fcb96d18f3ed08e3f0',
  'ren-phuc-sen-3.shop.json': '4ecec2ea52945746ba507267100b390f2db7bbcf2dacec7f6f55c5ff4c45498c',
  'ren-phuc-sen.orders.jsonl': 'd186f641c4a87b597fd84c5e4a761ff1541aab67a38407e550ed8b3d296e718c',
  'ren-phuc-sen.shop.json': '5fc1d66c38195669d722cc6455c718f8e40dfd825f1b845b846f5fbf314fa3f7',
  'ren-van-chang-2.orders.jsonl': '97e36865765ea47b971022f56b0eba5f8b8d02fd9e32b50ad90c40fa1353db69',
  'ren-van-chang-2.shop.json': '835c11f915cbb8c668af523b81b73671eff3f9933f6054e89790a3e79e9c282e',
  'ren-van-chang.orders.jsonl': '28dc47fd7e81953c6925d575c92302500216e643d09844df42934faa1c20135d',
  'ren-van-chang.shop.json': '4b8a95897730cc4021980964850dabdf0a5f4635d61594c57b56831c027beb88',
  'ren-van-trang.orders.jsonl': 'c8c20bdc3eecd9121219bec022a5ec6d31b8dbdfcb989be767a5ea7dcbcb24d2',
  'ren-van-trang.shop.json': '160a534ddccc937d9b63fe069cc18d5a427c7c0c794f7712d58296b530a0034c',
  'ren-xuan-lai-2.orders.jsonl': '9a68f3dc1af7eedcfac05b6363b40ac7b867a421cdc21b5dea484001edbd6c6c',
  'ren-xuan-lai-2.shop.json': 'fa5f6203bd9626eed10aa402314b0f7b4c21de8808fc89ecde4bd28c7337450d',
  'ren-xuan-lai.orders.jsonl': '62e5a4d00b616207d2f3c45b71c0cd38c4836ea8867ba08aa7dbe6c0d8ceef97',
  'ren-xuan-lai.shop.json': '2bf5ed291c26e44664ac9846ecbdc86b02474960d881bd29ef2f182126f37be6',
  'rong-bien-kho.orders.jsonl': 'a26a8de825bb82cf4cddd5adb755ca83403957fcbf6f3e9ff2e5d96569efaf6e',
  'rong-bien-kho.shop.json': 'a2480523620b54b0c2b3e0bcd27e66c3e6535b2a3c75e41c6acbb83f4038aa7b',
  'ruoi-tu-ky.orders.jsonl': '23bca3d2cd528141397b784bf7f8031cacf20c92070b19862aacc3146759feaa',
  'ruoi-tu-ky.shop.json': 'e5a870059bb954b2d7b4231a8c0a72120621e96d7d92db7452cf59230e5774ca',
  'ruou-ban-pho.orders.jsonl': '2624ecc7b3d61206b9b2168e79f54cd547a45ea7b77fbbae35392c227969e3bd',
  'ruou-ban-pho.shop.json': '8df39bc295cf3ac61ac5ba58bb4667d1ac91ea7586e9d1d28fa3b908135bf0af',
  'ruou-banh-dinh-bang.orders.jsonl': '6a728e36ae8616c31e9685033a9c5109307a411ea64dece8bf178a518d22b87a',
  'ruou-banh-dinh-bang.shop.json': '14017f678c4c39589306a41ba00705d0289a4f9cd1e5599bddf44424cfaf8727',
  'ruou-banh-phu-le.orders.jsonl': '6666bf76b16386533a87d2e6ff611f362fc456ea8a7209bfff751a51f5990c99',
  'ruou-banh-phu-le.shop.json': '1faf4776cc8e5ae0871e0be639f152b4312bc211a7cdd1b455d9935fb390c3cc',
  'ruou-bau-da-cu-lam.orders.jsonl': '81c89e04842f3030309e32f4f397048444cdce374ef6e6f2cfb510701c0f1191',
  'ruou-bau-da-cu-lam.shop.json': '870f15a1fba508e1897cd2517f469811a5798e1eac6d1e37ed28e2f2544f5e6b',
  'ruou-can-buon-jun.orders.jsonl': 'c434b62aa9294cbba220d9cda13cbf356a2da51cb6809f55630bb95384e98de1',
  'ruou-can-buon-jun.shop.json': 'a1e665cf090906410968922f46426283f2245bc65648234383efa10aa2233715',
  'ruou-can-muong-bi.orders.jsonl': 'e3f471026dc6a887c4633b9e083017e1c2be1d5a283e6ad36f1b8486d7617bb5',
  'ruou-can-muong-bi.shop.json': '45cfaf8b4c8c95a9185c79a5dfd01543121090be973a5a34670901ea6a9ccf28',
  'ruou-gom-van-ha.orders.jsonl': 'b9b8867ddef8f56df3aea7911e4809d590f85ccc063b98ebdbbc9f5efb08cdd9',
  'ruou-gom-van-ha.shop.json': '02f96a9c03b09c1d6c6ff6bd95003b9c12752f9e5f1423f679e667b5c4b11b6a',
  'ruou-khe-mo.orders.jsonl': '8100a4086a26725f5273b45b77d2daf32979160578c57e2ad2bfe0fa6b2e6f32',
  'ruou-khe-mo.shop.json': '9324f352a86513d3a9152c990a7cd30690f22078f2079a539831765e28cc1d3a',
  'ruou-lang-van-2.orders.jsonl': '404aa021326607f10be23d2b77c031181fcfb63db0868dd6e07fb2d6c25499a8',
  'ruou-lang-van-2.shop.json': '68e2c633137fa54063c10e9780bc48a6089e2d85f04a786f988d621d977d199f',
  'ruou-lang-van-dong-dai-bai.orders.jsonl': '0b3d1f80782b130f0ced9e7b190f8d0e4725f21e234a742106f15156607c21e1',
  'ruou-lang-van-dong-dai-bai.shop.json': 'b566fa25a82022764562b091c3c8a0db8504da61ffa3ad511353e1c763f095b3',
  'ruou-lang-van.orders.jsonl': '638fa6b57fecbb6b096a81d38c0a62cf007cd208fcad30b44f564d1929b4d691',
  'ruou-lang-van.shop.json': '1d108f4bc946265621df9659d4ebecd0c8f74592c13c9ec276d3d4dd3703d6e5',
  'ruou-man-bac-ha.orders.jsonl': '93f0820880f9fac57214d136d1ef5b7a3d9171394cc52cca3809ad071737d4d6',
  'ruou-man-bac-ha.shop.json': '54df0eced3f6ac706e5700b74421c393442d54502a1b7ac4cc6742099808ecee',
  'ruou-mo-mia-my-duc.orders.jsonl': '177c8b0cf565fb5aba40339fcbecdc12a3304b154f1e3d7750aeb4c9ccf2b215',
  'ruou-mo-mia-my-duc.shop.json': '57e510b6b7d804e97665fc2deaf80617cc4863f062175e7a81dc7851c4ebb2aa',
  'ruou-nep-than-hop-qua.orders.jsonl': 'c6a7f6a04fa18b8609b4c424315e32c29857df62c4db75a0aa06acc98adb718c',
  'ruou-nep-than-hop-qua.shop.json': '8a037fc67db32f22fdd83f44f75cf25a5a679c117b1927bd0b9a61b9863d3c1a',
  'ruou-ngo-bac-ha.orders.jsonl': '4d7e0611040df2e7ba0e750b119899b508a6a82385cb191c66882533a0e0ac6f',
  'ruou-ngo-bac-ha.shop.json': 'ab25cf4fca16e80bf60d44233acde3398ac8708d7a95d95077b3ed7ad6b70abf',
  'ruou-ngo-ban-pho.orders.jsonl': 'e1ccaede104eb2aec1354277d964bf97f0b1d53c0fda19bd0d832343d4aae270',
  'ruou-ngo-ban-pho.shop.json': '0dfcbcc15b6f9fe50126ad96a6c0e388d812da4887beae8256efce854817e1a9',
  'ruou-ngo-ha-giang.orders.jsonl': 'a33bfbf135b999633ef4fe656b3c19c308a9e15da9578c25d66cc0bb9729198b',
  'ruou-ngo-ha-giang.shop.json': 'ccee4ac5435d5c0416673ece7c0434d9752fae6bf07a38ca0c0d1b90e6bed3ba',
  'ruou-phu-loc.orders.jsonl': '0dbde5df7f32ab99a355caad54f3d879594d6be4c0099910c96fc0a513d51953',
  'ruou-phu-loc.shop.json': '541f9d3ed749dd97a857e5b9f648c1a3ad31afcafe90de077cff26ccf0802825',
  'ruou-que-bau-da-kim-son.orders.jsonl': '4996a1b5daa8bfa0e4b7b6b3c30df5e7ff6ab96b634f48ae1d6f436063e6e5ba',
  'ruou-que-bau-da-kim-son.shop.json': '2eddc479548cf6d696871d5dd2259e031280aa1eae5282e99a6d7da60c8aca3b',
  'ruou-sim-cua-can.orders.jsonl': 'f4c145f2400cda7c151047952b8f7d9ebec7532c4204e3eab638199a39a86ee7',
  'ruou-sim-cua-can.shop.json': '740f9e83e03c85a8bb21a363f5fcb26a8a7376a199275a4006a032fca9fe8058',
  'ruou-soju-nhap.orders.jsonl': 'e9ecd80713c3c3dfd80af0dcc27c405c52cd3ce5465beec9bac7dad7cca5be77',
  'ruou-soju-nhap.shop.json': '21c85190f8b95bffeb7b849b5d19d71e85f337f102addc902572715b240f674f',
  'ruou-tho-ha.orders.jsonl': '3672e9237ca2672c93fa75314ab1d8e6b20af044ab8e45ceab0917c5b6d28908',
  'ruou-tho-ha.shop.json': 'e36e97baa10b20547e7322c9beaec38f916d7ff41cad3020dc94d062987fbdf7',
  'ruou-thuoc-ngam.orders.jsonl': 'b3fc6a66dc8cf33da5ad07ff788cb2603e913b6503bce02bffd97ae042da837a',
  'ruou-thuoc-ngam.shop.json': '13a8461c3e9de73e4f500c181875cc526829d97a03843b88c019f279b4cf4514',
  'ruou-vang-nhap.orders.jsonl': '9b1e08d8b72c24abcb7b85f9e4008b882139ddec0eefa79388ee67ad41b62fc2',
  'ruou-vang-nhap.shop.json': '8d8eda70395ba9c8d1a8ef43fd4c068780863bb52cc25a0f835179f1e6485166',
  'sa-sung-van-don.orders.jsonl': 'edf53c7951e6e7595f8cc2101c1fd991873139c1e843988a3c7be79b181e61a8',
  'sa-sung-van-don.shop.json': 'e61a717fb42793c38cf720b4457715c9270e592ce4ec56f8ec4730b46c83a0f9',
  'sach-giao-khoa.orders.jsonl': '2d14f3b12e6d5bced8798ed5a472d0d230a2989cbcf3562d073fe76a4918d444',
  'sach-giao-khoa.shop.json': '0e669bf11aff0af4c3ebc70902ed5f7a4afe59d9e3a8c1407b8f2bd012dd8268',
  'sach-ngoai-ngu.orders.jsonl': '81e64321f316f503997c3eabcd32cbd747253c06cfd190954e346f9de87c8a99',
  'sach-ngoai-ngu.shop.json': '2f91f2d4bb1665dcefc6cce8a3f13a93cd2f918747a5608fabf3fe3634ad3896',
  'sam-ngoc-linh.orders.jsonl': '2310a0fd33cb023c6c7e993f760ff015d372c1b4988e47f20d99703e4390e195',
  'sam-ngoc-linh.shop.json': '6dcada11e97825a0665f4f371dfc449052cbb5323b3eb1f509ad7ff2f33fbc98',
  'san-day-quang-hung.orders.jsonl': 'db3ad80782c3f3089b2f5c3451dfb7e94634643f681b752b7f68a010fbe001c7',
  'san-day-quang-hung.shop.json': 'f938652005e5f2940a4fd8e5fbacb2db6d63d05dd5ab73c74f5ad31883978bbb',
  'sao-truc-xuan-lai.orders.jsonl': '5efa30c0303660a7154ff95712cf3556b695290dbadb15cdf4dc710ccf20243d',
  'sao-truc-xuan-lai.shop.json': '0cd081fd2b85acb3cd4b247f34a223692359c1a909ecf4a61b0fccb62ab52ddd',
  'sap-ong-quan-ba.orders.jsonl': '373c71184e6b1e9781f64bf893001839172e5bc106ac9ea9829d868988caf4e6',
  'sap-ong-quan-ba.shop.json': '42b15ebd7a249dbaa6adffd5276773352c061f80a3af069a1ab74364e00a1387',
  'sat-my-nghe-xuan-lai.orders.jsonl': '86e4e545f49e2cc778c173417f183cd7469499db271014fee4c96ae8c8121c11',
  'sat-my-nghe-xuan-lai.shop.json': 'bc2cafe6b4fa2e0459c4b4a0d26e543dd3bb9da27b441e4318c3aa6e63209683',
  'sen-da-xuong-rong.orders.jsonl': 'd8ef9d6383c8bb1aa0402b775d6ea30feb703956ca18ea37bc2ad3a119c9638a',
  'sen-da-xuong-rong.shop.json': 'c23d11df026d192ea295b3f9be9337366b3879e75f414b29618822a5ecc45f49',
  'sen-hue-tinh-tam.orders.jsonl': 'a0b5c3d92e9bb2de701d56078f125e958b6ed2d8d8fb8909bfe33d3ffd566956',
  'sen-hue-tinh-tam.shop.json': 'e555e703e9cdfbb212b31fcf53a6fad687354a7c05ab82c506a98dd9d1bd0cf0',
  'sen-que-nam-dan-2.orders.jsonl': 'f2253eccbf33f8e3201d91074f977ed65cfaffa75d90e1ced96301574a2f1a88',
  'sen-que-nam-dan-2.shop.json': 'c7f7cc455ef7aa6483f8a991be6887b89e6dbdeb7f6bb8f36ea72038dd4a4656',
  'sen-que-nam-dan-3.orders.jsonl': '298d84ebc5d7858b3d1e3d9b01ad6e3a61973c53b3551537d41fdbb47b99070b',
  'sen-que-nam-dan-3.shop.json': 'c41c3f2b157c2ec79ca86a2f46d388d4252b11158ad0d7aa5c5d4b8846aeb560',
  'sen-que-nam-dan.orders.jsonl': '7c1026182149e52b2b8f04c7652662437322b305ab049e4dfe784f866e903db8',
  'sen-que-nam-dan.shop.json': '31ad410cf4f514d8295c264a39638a51ec7e43bd3f50459696fc5c79044b9596',
  'sen-thap-muoi.orders.jsonl': '99bb920ff03b20257864c8241aeaae02df8bc64821b3bbbebb97ab6afd54bf48',
  'sen-thap-muoi.shop.json': 'df7fdd748698a6b87d303f87a207d2130e0d1e807e7e1f53c20986b5f19fc0a2',
  'sen-tinh-tam.orders.jsonl': '67075ebe5037b42e78b651c6a2607b2372e2ab8b4443594e909108fbf26f0fdf',
  'sen-tinh-tam.shop.json': '8ae1429d381e05cbbb7eeaf95066e3e5086b0a369770a299307421140d96f144',
  'so-da-but-ky.orders.jsonl': '5bdbc81e3476946ac806c4c02c680d643a243d018db78252ff4f7e95791fa9ff',
  'so-da-but-ky.shop.json': '58b6bf153caae83bdd1aebdc3598b354bb17e70e8fcf9b74bb7fdc15f819f331',
  'socola-ca-cao-ben-tre.orders.jsonl': '9ef51e2fb09592dad07ace43a35fd8a38072ffdeaeb5781c18c3c2c81b0b7933',
  'socola-ca-cao-ben-tre.shop.json': '0a7955dad18ca2a39f0dcf5d0855701ad5e957673a9fde3bbd23c69a41464231',
  'soi-in-3d.orders.jsonl': '41c1ec4012a80cc481ff1b5271b14bf00323ae9b1831bf649ae759a9a5e85446',
  'soi-in-3d.shop.json': '547d954983316199479b3b76af3ca5f8bc4bcb60f615ac9b91e9167c265b3ee2',
  'son-chong-tham.orders.jsonl': '9cf4239700e29d20eee160bfa59d325170e01b2fa3f3e500bc42802b3d07ad0d',
  'son-chong-tham.shop.json': '765e868ea996e7cb554d57e650c677cfe64b72b846eb2066db90944a59d73faa',
  'son-dinh-oc-vit.orders.jsonl': '8a62b7fe22a66f60b3c027167125d31b814de4d6e74688b8d5335b6d5a248487',
  'son-dinh-oc-vit.shop.json': 'fb2d6954d9eb55762a79d201fcb541d1319cae396dc77896766bee31887fe4d6',
  'son-go-dau-lau.orders.jsonl': '26b76f78448e585c83685043111520f7254fcd78e60e5de647755c2e2d453249',
  'son-go-dau-lau.shop.json': '6d3b74bfc857414586a35dfa358eafdefa231f4095ce87ece703a6dc918939fa',
  'son-mai-gom-binh-duong.orders.jsonl': '890087ecc4c76e8b12dc17c0d2f3f42dbb114952ea428803f3ecab9bf73bce08',
  'son-mai-gom-binh-duong.shop.json': '2bcd2b95a93bbe53878c7cee920f934c979aa7517790d45bef8c31d8a894ff9b',
  'son-mai-ha-thai-10.orders.jsonl': '8316a547c6b50744a8a46c220ec140d0735f251a0aa0d1c5eeb9b82af7d5611a',
  'son-mai-ha-thai-10.shop.json': '57f43a2f13f19b8765333939fead16d3a0362fb2c6b24a4a2fbeb7d062820405',
  'son-mai-ha-thai-2.orders.jsonl': 'f4747633c8db0f34ce4a74b0e448e60f67b0e17ec414ab7c636799c0af5a7566',
  'son-mai-ha-thai-2.shop.json': '2faea9acefd5dbb60bb4f54103cdcbe0756c3ac6a4a6c8b8a908c19555c9d7dd',
  'son-mai-ha-thai-3.orders.jsonl': 'fa103401f28c44e0e5a69bc080f8f5034ce06961272f574e1d68d41cf6f09a7b',
  'son-mai-ha-thai-3.shop.json': '9f50a21200890346e537801afb074a62ec7250488398378e41689c9981303192',
  'son-mai-ha-thai-4.orders.jsonl': 'e4a8f20fededc385441d31e688f1ca5e2a58204a21341ee97fb5809fde2896f9',
  'son-mai-ha-thai-4.shop.json': '2019481806a205c3b95081cd9545c5ee63f830d8bfbb06bc5aea0aec9545db24',
  'son-mai-ha-thai-5.orders.jsonl': 'cebc5db9b7769b35f0ea0d7346ef8f4c451813972659fc536575cc7663bd5643',
  'son-mai-ha-thai-5.shop.json': '80071bb8ab4a7fdc3dab1f36d82a5c507bb23303e092670ac7635a31f92d748e',
  'son-mai-ha-thai-6.orders.jsonl': 'b4bd93d4f4e2fa608df7ff0ed7c3b6c9d8c37f945270a6db2d31c231ceaff5fe',
  'son-mai-ha-thai-6.shop.json': 'dc482b472d06db130ddd19e672276b17bb2f309711fd041323c31f42afc0e774',
  'son-mai-ha-thai-7.orders.jsonl': 'e058c27dfbad51e87845ea86b92e11c948fe0ae80550363ce65b696531cc4720',
  'son-mai-ha-thai-7.shop.json': '54c5d57c6eb1a0866db329de9384b022b25c9adc24784e7c845e2ebcea869b61',
  'son-mai-ha-thai-8.orders.jsonl': 'e8edac0a2c9db84293f2d11dc7ff33aa44966e163c66bc1d0751676e00cdbb1d',
  'son-mai-ha-thai-8.shop.json': '7b8d8f6d7e35aff7bbb6dbb4bbbbed22f072a3f324a1f6e4f52f1c58d3e0c0c7',
  'son-mai-ha-thai-9.orders.jsonl': '04d0f3b74092912e7ac2a719a78d301f9928a2c719d898fcce5453bfb6857831',
  'son-mai-ha-thai-9.shop.json': '04faefd82e044ddd7d4241baff3ea8c4cf135a43538e486888d22a3cca8b11bc',
  'son-mai-ha-thai.orders.jsonl': 'e70971cae28b27799a4f18d64891696f8473d651c0adeb1b2d313bd5bec6e0f4',
  'son-mai-ha-thai.shop.json': 'ed6419343be5a4ee545f2c2a049f55b8efa6ed33b28bbbff9662e6f124c47140',
  'son-mai-trong-nhat-tan.orders.jsonl': '202d6127ea7906298f20d96e82c75c4f510cf16fef6b600fb738ee6f2451b50f',
  'son-mai-trong-nhat-tan.shop.json': '8ed26b3bc08b959f9afa01a7e90aa04834cfe642e94b5db089e931ee17a7ffd8',
  'son-mai-tuong-binh-hiep-2.orders.jsonl': 'dd9d7d6292c8bcb294cb6e8860a19b5372565e91ec3c8c97809a344f2b7d9377',
  'son-mai-tuong-binh-hiep-2.shop.json': '1e5556fe01ff5bec17c490cf04f711cb70629773fe4129c7b12c457aaf168da3',
  'son-mai-tuong-binh-hiep-3.orders.jsonl': '5459da4f8489222088632b8844800992721f1c2eeb077ab192ba0c18e21d7897',
  'son-mai-tuong-binh-hiep-3.shop.json': '63eace1c9bcd50aea5393ede1f7f2e3dee38c43ece95125111c5eddab5519fff',
  'son-mai-tuong-binh-hiep-4.orders.jsonl': '7b6cb8c4c357a28e34e32b3f515c89165c0a66b8a87be827987562b73b482762',
  'son-mai-tuong-binh-hiep-4.shop.json': '3cf3a34393a41e7cfda2ce4707ae85c4b586880f3600b2ea46c3a689cae05d48',
  'son-mai-tuong-binh-hiep-5.orders.jsonl': '66e41636d4761ca9ad0218479fed46105dc91066e0e5af5319e1e415a265b44f',
  'son-mai-tuong-binh-hiep-5.shop.json': '512266c99932a9b40fcead4d533895f761eda16831ff14c914ce859593fa1940',
  'son-mai-tuong-binh-hiep.orders.jsonl': '61de8e0f762c7fba93c39b49eb828b874365614a73e194b573913d9c37949d61',
  'son-mai-tuong-binh-hiep.shop.json': 'caa3af611a5b02fb7e0b6b5832c8de18ae37e409a897d01162e414be2f463a9a',
  'son-mai-van-diem.orders.jsonl': '05254646616431fe5ac0a54f460748fe20c43dd4babe21a88df23cdad80d37fa',
  'son-mai-van-diem.shop.json': 'd500665c98e782f7729aaf46d7b017d36ca14eca210918fa329237f0123d2099',
  'son-moi-my-pham-han.orders.jsonl': 'f9c613c8fefa805ef5734ab6b42c5524f2af26b8ac1e2a57383c676058600351',
  'son-moi-my-pham-han.shop.json': '2afc2b20be3064080f402b2541967b75a68c965d0d27a633a4bd125e9bea73c7',
  'son-mong-tay.orders.jsonl': '61605cff749b6b653f3846d8b6b52a40615eded7cc422f7d84dacf42852b0265',
  'son-mong-tay.shop.json': '7c1eb74567670037d83fe8fbe3ca3e27d6675e3f9094effdf87196d876165e66',
  'son-thanh-tri.orders.jsonl': '7ce4fc39800f6c486a762a04d7e944d5160e6b67e66e13c191585d290cdf099f',
  'son-thanh-tri.shop.json': 'b3ad2b7d3977893cee89277728faab8e4a5d12f43c5fab80400e6629acb8d352',
  'son-tuong-nuoc.orders.jsonl': 'faf9cac323bc3b977c98c4df772c571530423c2bb9576993c2102a307bf59abd',
  'son-tuong-nuoc.shop.json': 'cbbdc69f43224ab736830e093b8dfeb173506be54b9b508efedcabcd9154c756',
  'son-xit-keo-dan.orders.jsonl': '785a2abb59f25684b07f64ff3073dbf358f8c11d9f4727f0ef5bc7e03ffa6d6d',
  'son-xit-keo-dan.shop.json': '3f43349977c03316ac3e4b0bb54aa9960a085f13ef440eee0dc2923294a67299',
  'sot-lau-gia-vi.orders.jsonl': '9623e58ae7a0161b3993781c11d87db1ef0acc293c8e4dee2fe89a15f5a0cdb1',
  'sot-lau-gia-vi.shop.json': 'b5f3a5da404c412a70d449450a34446396825567a7823d2cd558685c24a7be8c',
  'sua-bot-tre-em.orders.jsonl': 'dd71807c51958b137c6cd9e0e28d83a8cd117364ac7a363ce71b47b0c425fdea',
  'sua-bot-tre-em.shop.json': '47349b05b6b59a2d672935cd2c471d55a8265ec8fa4a230b4cd44b79de77e083',
  'sua-chua-nep-cam.orders.jsonl': 'd226da4b59a0ea47fed06c4c7a6016cae580a8b537acbfdda9e05077189f16c9',
  'sua-chua-nep-cam.shop.json': '43132be4ece1ae2f0fb8d533d29990b39918a1c8e1f90602d71a62b0fad67988',
  'sua-chua-uong-men-song.orders.jsonl': 'f99ea1f8b3cee79d8cef88b67c076ff74ea3b6b2368e9014dafba2346c4cfea8',
  'sua-chua-uong-men-song.shop.json': '3cbb2185dd416dcd33d13e0e2c9cd40b2626fb9f7696c88c3ff6b0fb65f6ad18',
  'sua-de-gia-sinh.orders.jsonl': '34c4b30ddd89766782824ef37b6480aee29d2240c39fd03b7f3746543b1466e7',
  'sua-de-gia-sinh.shop.json': '6cd3588bc9ddab92ab024823d4215da3dbc0695c14af1e075d53b1bd3423d959',
  'sua-hat-dong-chai.orders.jsonl': 'd06db3b34e54dde0a56693f2696aaa3534df8a3328f2a47489e4f3b03416904f',
  'sua-hat-dong-chai.shop.json': '8a50cca63f8ea320763e01cbbd0f9b2b38de3892dfa4e3f79228bd5c062296c2',
  'sua-hat-thanh-lam.orders.jsonl': 'c9608278848829e17f847133f4cd781f2b55acad21abff7e9a83fc808f3c76f7',
  'sua-hat-thanh-lam.shop.json': '1d78747bdf7aecdc3284eba4dfb7bf6746fdd1ce620297e44ac6c8d366efaffe',
  'sua-man-moc-chau.orders.jsonl': '847f6eb11c81f9800d7bfe0056deb690b973fe841f53c9791663f49424c9faad',
  'sua-man-moc-chau.shop.json': '498c9bab62c0ae6e6d6b48463f3e0f53adcfc90a02bf6e20da495343fb05599f',
  'sua-moc-chau.orders.jsonl': 'fcf116d16daa3f42dcc4e8a86dee10cde0bb67b4fe27417f2de16a2daaf8117b',
  'sua-moc-chau.shop.json': '06d598a7ae115ec051aad9d05568a43607f92d1232d0979f74bf24ce9687a0bb',
  'sua-tam-dau-goi.orders.jsonl': '419dfda8d617ef19a52dacf7def2a0ca7b9f2b85d66b42e30b325939b61cfc7f',
  'sua-tam-dau-goi.shop.json': '0abbde99d0d116ffcfb045e32d656efb0b5bd29109cbebf7aefb48ad3f391367',
  'sung-my-nghe-dong-van.orders.jsonl': '79662998f1bbce37d1c632f26918136c62ec2dc401eccfe2ee94325aa0712bd8',
  'sung-my-nghe-dong-van.shop.json': '2432e2165c9b00219a05990a268852eb682e413728b022ada4e8447cb9e99352',
  'ta-tay-gym.orders.jsonl': '012d65cba8905ab1ae06b4351df444d980fa8f27673bdbc6243626e3fa403b3d',
  'ta-tay-gym.shop.json': '6e418ecd11a426ff028bafa7b6203918826fc51c7a6b1f94d92e78081eb98260',
  'tac-tuong-bao-ha.orders.jsonl': '386e0c5a5f97059b177e2de21c33649d820c6ea4576b7352b2755cd571648660',
  'tac-tuong-bao-ha.shop.json': '7674367c6b8a1909edfbf435db0b0f11038ebc35920510bfbeb272a67804d190',
  'tam-giac-mach-dong-van-2.orders.jsonl': '4c343a315b4418fa32c244a73acd307e4b0453175ab1f945b6bb668f3176db24',
  'tam-giac-mach-dong-van-2.shop.json': '9e43fa68c98b2990a713c9c989473b5227a09437348e2f2f74833a3df8cbc5da',
  'tam-giac-mach-dong-van.orders.jsonl': '35e7766e76d860cf81de60013a99d3ccfe243fbcd50740c23b3860f1739e403b',
  'tam-giac-mach-dong-van.shop.json': '38e554ca51488fdce496ab6e36f61b151041e0698ff72b14fd40dc680e3c6184',
  'tam-op-tuong-nhua.orders.jsonl': '907712368f5618b0f35c0ab8e725b456ed80b82e3bb94f08f260940c1f5e508a',
  'tam-op-tuong-nhua.shop.json': 'f4004f129c7657e49107a740395cfe52c91e52414c097444483fe47f2571f52a',
  'tap-hoa-online.orders.jsonl': '41cf4cf8b33a76b03c8782b36fb0ff121e35f3b6c98626b2ef56a30553aca669',
  'tap-hoa-online.shop.json': '54b2b02e46c8f02f6938129932b003cede0f5a1b1d7c5603646027fdc0bfecaf',
  'tat-vo-gang-tay.orders.jsonl': '2634a99099b42dbcd41aeeb648e618c49b3502298c80e8fd13ff7a1a37c45074',
  'tat-vo-gang-tay.shop.json': '1b84ef572379892b6aa6fe5d0e8796cc884e8845a2e60059d8edb7997cfe8c2a',
  'thach-giai-khat-cam-xuyen.orders.jsonl': '44b3b14ed6cad3861d8f099b007fbbdb736f2b550e90547708c4e093c7fffb5a',
  'thach-giai-khat-cam-xuyen.shop.json': 'e6f079c208e69fde4e4de5e8b8ac21cc36e4ca4dbe8ee545ad215fcd1e29d1ee',
  'thach-rau-cau-bot.orders.jsonl': '279b5bb35f94ee19f0b9d3b7ae826e75851e1b0bcb39083beaf4848214d22990',
  'thach-rau-cau-bot.shop.json': '09ad8ef2f61902a2ce03cdb7aa78790deaa759ef168ac9651694a12032c4b3b0',
  'tham-coi-kim-son.orders.jsonl': '7468278ecf8272b81900b1169fd698b95d1f41ca89181f9d291abaee420517b1',
  'tham-coi-kim-son.shop.json': 'ab0c4632cb72ad78edfc533f7a0ebaed80cdc07c5356347da0fcc02b8c0a34ea',
  'tham-day-coi-thai-binh.orders.jsonl': '8967b126834363f685cd85702b8c511b7f5313608f5c24d2775857ed8f580785',
  'tham-day-coi-thai-binh.shop.json': '637f831a7e1d2017f3e0fb7fcf479bb0cab64b856a6b862f4a8002d83b049f87',
  'tham-day-nam-cao.orders.jsonl': 'c99098eb7382a4ba52199be69bd62bf4bbd81cc3c1a6170c017f8842db62f6ef',
  'tham-day-nam-cao.shop.json': '4b0278f114c04130cf9f83b4b384c42aad4366efe632c3384e22ef3cdbcacdad',
  'tham-dong-hoa.orders.jsonl': '73da8e5ee069ac2f1a0ca338e6695feabdfb3392f68197f373d3d44ec676919b',
  'tham-dong-hoa.shop.json': '0d2f4973e23b0c900f2e7decc4d1699ec478030efce0175eb9a63e140e7083cb',
  'tham-len-dong-hoa.orders.jsonl': 'e9d03912db342abbade424c99096452b473ce44ef20f3bf186914f2eaaa8be00',
  'tham-len-dong-hoa.shop.json': '92b53205cce1f0794b4c9a1ecde4c8e4c5977f24a7ebe1a8c055cf5a49b45142',
  'tham-lot-san-o-to.orders.jsonl': '5bfb9605cff0db430a5249bcd3d45de1bcdc464b921dc395b4b09f3ee27a0afd',
  'tham-lot-san-o-to.shop.json': '76e4bdc8cec675b346d64e26a8bf6b4e0440d39ce2e3bcb0c526f0bd8375f2c3',
  'tham-tap-the-duc.orders.jsonl': 'ec95f242e153f474683807fc8dc50e8620fafc0b701114c21effe47896813146',
  'tham-tap-the-duc.shop.json': '77d3bc40a7d1ba8623b0b0c69c321cd2e29f89a24a95cac4670ac51f84df025e',
  'tham-xo-dua.orders.jsonl': '7506c649376e0ac06d9b381ed68c95ed668e66eda4bb674b009ecee4e9a113ca',
  'tham-xo-dua.shop.json': '3bb62d191cd15b20addcf7430c3f0b0e8287ed5ffb8b60ca9367706e26f35db6',
  'than-cui-bbq.orders.jsonl': '5b5d8ecaf7bb7c8c360cd09f26624ccbe1bf7629f3146d7aca2035469d10546d',
  'than-cui-bbq.shop.json': '299a2caa58beeed8a1274f5c3d3076db4d4df3dd9247cdde4c889aefaab91fd2',
  'thang-nhom-xe-day.orders.jsonl': '8eafadebe579c3259ae1ae382d8a41294d2c37af6090cae610b1aff38add6f24',
  'thang-nhom-xe-day.shop.json': '4cb259cad7d7892e85dd44ac7c5fefae0f3fb966b4fd351a19c6b2bf3c83125b',
  'thanh-long-ham-minh-2.orders.jsonl': 'eaa0962803074b61920fd2dc06d04ece1478a99c03f9c42846adcfbc6f0d1d92',
  'thanh-long-ham-minh-2.shop.json': '96d3dd83de2fb05d999302d46bcfeaf49018e0a8c2da4ff04d595a5bbf5c1317',
  'thanh-long-ham-minh.orders.jsonl': 'e2eed689961bc9a339c8f6a2e76d4ac032cf1471684039cee55aab1de864f5be',
  'thanh-long-ham-minh.shop.json': '54de33984c37d25dadff7eb157dafee969f5a5b0815e21308c993c0e1d4d4ddb',
  'thanh-tien-me-xung-hue.orders.jsonl': '1690e052be28e54be733a12b2a454d8916e58bc4ae603fbc3866d202f7d0968c',
  'thanh-tien-me-xung-hue.shop.json': '4c0f03b5844ae58d98221ad85f309755e6793a9ede9c6250e9eefb528889e08b',
  'thao-moc-tan-huong.orders.jsonl': '829e89dfcc2d92f393e071d587c28f70d32d2bada52214fe66dc75912fbd8240',
  'thao-moc-tan-huong.shop.json': '20ff4d3d4c1be4efbc2d211ea2af9c9803820c6b0b141b4c237787f001ec6533',
  'thap-huong-bai-tri.orders.jsonl': 'f4be0fcd3705f8f81e9c847f9e498e68cfc351e63fe020f099f79f5fc7c86a29',
  'thap-huong-bai-tri.shop.json': 'b48e0164dae8db46485998529495a50e491ebe98e82471dfef7436647e769ef2',
  'the-cao-dien-thoai.orders.jsonl': '311c214f7197c53321b8e7825a82997445e2f912e96f3e4771495c3da90a2b08',
  'the-cao-dien-thoai.shop.json': 'f2e7d8695830f9695089c2ee5842d2bbf76079806b8ae6db131531f22c7081ab',
  'thep-da-hoi.orders.jsonl': 'ca72d59ad16bcfbff32d1d112fdefc87a9d56a63ddd39aa316b3d67dc55c7505',
  'thep-da-hoi.shop.json': 'a605b90a9e1860f2724df541d2b0464b432e7b84dcfa0680a8a12965d4ac7aee',
  'theu-len-nhat-tuu.orders.jsonl': '549e00f325209ce61198de42e66046df69186b667198885c969a6768a31b3bec',
  'theu-len-nhat-tuu.shop.json': '65314acb8c117632d45e1414d8c8de561bc1b0fb9a4e464d4f6eb2bb202a1e7a',
  'theu-quat-dong-2.orders.jsonl': '0ca9e959e71dabc431302f3575a2cb7dc57f4bfbd210ac9d289809f30997eaf9',
  'theu-quat-dong-2.shop.json': '953e446a994a705d4d1f270fc3a8545faef9d187137de55f8d0f3efc500c12e8',
  'theu-quat-dong-3.orders.jsonl': '04899d270d627059f7b19786b314ea98b1723a29c363e13896782c1e010ab9a6',
  'theu-quat-dong-3.shop.json': '042e1d82408e73777e65c260d10b1943e8bb61006ea1a76109160371ffe902e6',
  'theu-quat-dong-4.orders.jsonl': 'd74623d065be54378690575c8a87a4c539d7e4e4561b3a4d3119287c468c960d',
  'theu-quat-dong-4.shop.json': 'f854a2d92881bfb0e7bb5c8fbb3d0c2578565cb41c7f90ddd1398e4d5afe1909',
  'theu-quat-dong-5.orders.jsonl': 'b351092327c6298a3d8a49cf8333e4f1cc5606f718fcd8630e3ca2c1d8824af2',
  'theu-quat-dong-5.shop.json': 'f1e1c9d63ac0bef47030461319d10e74f4dc377e50ff23bed65cd9ef709897c3',
  'theu-quat-dong-6.orders.jsonl': 'd0dd7e012f426e3de903a9541b71e0f5db77ff9adb3611888ffad217a35801a8',
  'theu-quat-dong-6.shop.json': '8fa19eb13e1d68d396d671568a9966c9dc2170a3e5c3580591d96c58ae5db7ff',
  'theu-quat-dong-7.orders.jsonl': '54fe601bf8a20bae300afbd515bb704489508ac552173f0e43c8980cf5d9e48c',
  'theu-quat-dong-7.shop.json': '47cf75ccdcd3805bf333ebf13de0638dcd2e2808364c2f351e8956197170f09b',
  'theu-quat-dong.orders.jsonl': '73e63fccb3d1087cef203acad26f8b5637e0d21972e253267af34a42d9214ba6',
  'theu-quat-dong.shop.json': 'e2d92352c870e1dfb72a63166605b296af0ce7f4eb930fbd4fcfd6553dba3294',
  'theu-ren-tri-thuy.orders.jsonl': '89790a3cd22fcfe7f854cdf7560a6bf3514414dc5d00ce5dc74efae4ffac09c5',
  'theu-ren-tri-thuy.shop.json': 'b228e8c357978e0118e70f0c18c670f3d53e8575eacdb86ffd78737486bed9e6',
  'theu-ren-van-lam.orders.jsonl': '1accc88fe073029ccd5f9713c5cb3011d4989c6ae707c24af65dc8e225f1d409',
  'theu-ren-van-lam.shop.json': '3cfdab1336549f93bf17b9e017fac020fee2f6f8d5753a7e74bcabe85f502dc6',
  'theu-tay-to-lich.orders.jsonl': '34c0d60e9e4b31db0127d5f152e4b66578a92045eb0107cdef6bd7cb47619bba',
  'theu-tay-to-lich.shop.json': '2575d7ef2c566e8074b057b5e412dbb2e30d41e1e08b1d4e51a4c70869997cb8',
  'theu-van-lam.orders.jsonl': '45383c8aa3ee073cc9a57f7c773624f36cdf3a2dfda606313b164b963a759bf4',
  'theu-van-lam.shop.json': '111879325a3087139f1aa3cea9b2fd30a2ec31ac4e17c5fed63f60ad55b19914',
  'thia-dua-inox-go.orders.jsonl': '0f3c2cb4389936384a8a2ea2d97d8ec8f51ae194fe233e3f9be2cdb81f631deb',
  'thia-dua-inox-go.shop.json': '8b6dfb5671bae1ed2a7787230895c8f3782f38fe4ff430d081c662e20eb044d9',
  'thiep-cuoi.orders.jsonl': '7749427d7a2fd2bd4999629e9c067c81b929ef758c4dd02b4efa95f533f7820a',
  'thiep-cuoi.shop.json': 'c92f5a8fcb3e8701f364b6dd1a00ccf9a41131c6260e626ca1a935dac30e8394',
  'thiet-bi-bep-gas-mini.orders.jsonl': 'c80463cebe945484165994d8fa21c4e78dcd3c4a0ddbcc08ea67429adafba301',
  'thiet-bi-bep-gas-mini.shop.json': '4815d843b6c3e81a6dec5331aa0f6a76c48554201a10647ba610a491ea15b379',
  'thiet-bi-dien-gia-dung.orders.jsonl': 'b4585569cf0b5e79777ea04e6eedaaadea4ad6eafe0b79b2d0123f836755d03e',
  'thiet-bi-dien-gia-dung.shop.json': '35457dcf18ef7290cf7d457cb82b2f521e686894159cf06fd28e75fa61597c02',
  'thiet-bi-ho-ca-koi.orders.jsonl': '9fc6ca2a5c4e2de67f9d7a1f8d49b8f4a40e852bf9331745ef55a38e9b74fa27',
  'thiet-bi-ho-ca-koi.shop.json': '1a6c7b8c60f15cf36b941768d6247300d41f9aeaf23651cd6b3859faf1c39487',
  'thiet-bi-mang-wifi.orders.jsonl': 'e8b536a990e4b808c3563d2db93184d3fe0dc11437bbbe6086085cecba2768f6',
  'thiet-bi-mang-wifi.shop.json': '272531d29431272f0529e11b50ce4aa61f3c709ac5d12150dd678c2b3b7809a8',
  'thiet-bi-mau-giao.orders.jsonl': '181066e96132495b297cc7adbcf6614e6127d9bf6aaeefae4c3be0c3b94ab43f',
  'thiet-bi-mau-giao.shop.json': 'b102a1d7f941e4c853c78f6bf8ef139291265844b3a2702875ef35537b8eebbe',
  'thiet-bi-ve-sinh.orders.jsonl': '23097af9d8e285c160aa890229c1d1ab6e7c6a4ca7254372b3ae917217471b9b',
  'thiet-bi-ve-sinh.shop.json': '001423ac0945b7cb826696489f66b3f5320cd64987590eb735c2355d61c6c306',
  'thiet-bi-y-te-gia-dinh.orders.jsonl': '62a6c8e1c01b762ac49fc7fea8b58dae7cc220285ad573537a719e252fdcac08',
  'thiet-bi-y-te-gia-dinh.shop.json': '4b3f0fb0af9473693184188c53a1b27c9d858e01c1f7380aeea58a4e9041611c',
  'thit-bo-uc.orders.jsonl': '67d0f07b80e1256e7bfdbf453412b2386594fe305e903e18eae1c9cd8b1bfb00',
  'thit-bo-uc.shop.json': '6ea986bab005a36ae471c947d753f572ad8f2aa0e848849091322207efae51c9',
  'thit-chua-thanh-son.orders.jsonl': 'c77b82ad9c085183fa253617c7e8a0c632588c1058a655c9be4bf3315431efda',
  'thit-chua-thanh-son.shop.json': 'ebe85ea94e9614cdabd86bd8dd52801d1160fe8816d9ec504c072ecddfeac364',
  'thit-heo-sach.orders.jsonl': '6af6f8506491c955fa010566fdab23a7dc18c4198352fee0b317a7f450c410d7',
  'thit-heo-sach.shop.json': '330a4d7bf545bff088b0b315566e6bcc68dab53c595fd2cbfc52a63072bbcce6',
  'thit-trau-gac-bep.orders.jsonl': 'bf374275c29ef144e0c39a1615fdc88d55d7fb5ac07ace39022059c9fa88dc49',
  'thit-trau-gac-bep.shop.json': '3a02e0c266f3a01d9a674c63077f234318aa4a9cb2c7bfa5fcb6105954f02083',
  'tho-cam-ban-lac-2.orders.jsonl': '04f159d440d27b12f49f71947c61f80f1391f5f181e845c5b44ffe6d05feadd1',
  'tho-cam-ban-lac-2.shop.json': '2b73718e8fe0f54d792a78b5a50e44ace787e0e176ba9b2d517c2b8775e9efa2',
  'tho-cam-ban-lac-3.orders.jsonl': 'b5e533de15d118c8d82492f0b553102970c333d662538201e6ab92bea92a6d8f',
  'tho-cam-ban-lac-3.shop.json': '9b69d174250a089dc68d9faaf9cbf1a88decd431960ed8b8687072010069da14',
  'tho-cam-ban-lac.orders.jsonl': '291c15b3b857dca5edd7897fb1e268725ff82590006a1b5fe06885c9463a3a1b',
  'tho-cam-ban-lac.shop.json': '92f0baa008b1a56f77add64391c3aa5d30d0932a6ca781fde22e684ad62fb0ab',
  'tho-cam-ban-mong.orders.jsonl': 'd878c6256a4b834a8106150f75b1f2d8f6eb28e5cc575cb0b7a6f5effe70c8a9',
  'tho-cam-ban-mong.shop.json': 'dcbe0a760d8a763e5bcbfbcfcde5f94704bdf9d62a56ea739da6227072f77708',
  'tho-cam-cat-cat.orders.jsonl': '3ddab6d51d12c3aa26b2acae7337d75e82ab3231415880d3e1e1a21532fe906a',
  'tho-cam-cat-cat.shop.json': '0f5155105e2365ef0d6e350b9ff5bbb9445336c56edc58b8534075b2d9a9717a',
  'tho-cam-dong-van.orders.jsonl': '5b06c628d0f62d2ea61c18acf2e55300fdf616436c2b671d6e630a941bb1324b',
  'tho-cam-dong-van.shop.json': '0146c5dc2af38acca6bbffb2b854521993d45e6255dc99cd50f4e75e8dc18bd3',
  'tho-cam-gom-my-nghiep.orders.jsonl': '400a0d9858a104174ba92c7f7094f7afdfdceab85375555a21a1f020760bef32',
  'tho-cam-gom-my-nghiep.shop.json': '8d3c6718086ba11f7a4e839af44290fa9d90ed79913d6c797e149777fb8ace2f',
  'tho-cam-la-tam-ta-van.orders.jsonl': '8c14a76e59b18443991fffa1128b128f527a06c82e2bd4bbaae85da80d7b5901',
  'tho-cam-la-tam-ta-van.shop.json': 'f67952a38e5f04b5d8c8b572f164bcd8d285b4ff596a8c4a3a147fe4bb340f07',
  'tho-cam-mai-chau-2.orders.jsonl': '8e8a3ca137227945a6a1d1d8df04200da54295eab06b38b50e9835c4299d4e8a',
  'tho-cam-mai-chau-2.shop.json': 'd481dfbb80b0454deab3f2c250a6a9df0952b425be656d26967ca78d52398d82',
  'tho-cam-mai-chau.orders.jsonl': '40b11cc53d31ea8eb9d2930ac9514a29ab31b16cc1cc148554019a4360c59af4',
  'tho-cam-mai-chau.shop.json': '89d60fd18df1f196a76145507c9a057960c464af29870c42f32390f5963f741e',
  'tho-cam-muong-bi.orders.jsonl': 'b794d793bf3bf5b6e984a20204ee6a5a267eff1df47a43eb0ff82bf03d1831e4',
  'tho-cam-muong-bi.shop.json': '27697ed418b20b9e6a79939e0e1186b3a00de636506515dec30a3482eea951e2',
  'tho-cam-my-nghiep-2.orders.jsonl': '05b14683fcfd8f5b3ee1605a5e1d8cc94eda16b1bbca01cd6dfe295d6a753134',
  'tho-cam-my-nghiep-2.shop.json': '044b97cb7306fb73f53aa00a620251fcd3419f05ad518c78736853f6bf321894',
  'tho-cam-my-nghiep.orders.jsonl': '36cba5f572f66974f52b611fd09c7b688840ac8463e44dc0a1a0ff84cee28ad3',
  'tho-cam-my-nghiep.shop.json': '5cf2d0c70d2cb189e2ea477acba76738039122a425564dd2baa1302a3bd8d048',
  'tho-cam-sapa-ban-ve.orders.jsonl': '4522c03037c5a253cff05aa98e1ae5064e7b625d2ad0738873ac6aa18378eecb',
  'tho-cam-sapa-ban-ve.shop.json': '82bbde029c165e6b8e8da1b9eef2f27908b92018aae3e970f63943cdcbe8044d',
  'tho-cam-ta-phin.orders.jsonl': 'd7321efe90c070feb7a6464851906ed396b967567a784bf344744db9c784ffd7',
  'tho-cam-ta-phin.shop.json': '777a3b0d5d55fd9d97d4af83bdbc02aa77e304b10ae1c84c2d33e760e3b0fff1',
  'tho-cam-ta-van.orders.jsonl': '645e0354b4edf93cc2ea69811465541f336957a9be7d1e8a5c095349bd406520',
  'tho-cam-ta-van.shop.json': '3fd54166758507d03863362ad098d27d54fd203198611fbcc6f6f11df10275cf',
  'thoi-trang-lua-van-phuc.orders.jsonl': 'cc70becbf5c4a335f7af117ca64319cb1ab8179484cf4770d3fccf28df244cad',
  'thoi-trang-lua-van-phuc.shop.json': '1b33dd7653194ae6d21f7e6b724e4c9ef25ba7125cab4042df04db3ac86e8f1a',
  'thot-go-nha-bep.orders.jsonl': '1b89c2239191d0a0866ac42ff2e3292e8f56f95d027ca1d42c257cc4d10db2fb',
  'thot-go-nha-bep.shop.json': 'c1d85f69c9b0194377ccc703a61946605fa56f498272d3c7e8d3b2a05cd99f40',
  'thot-not-la-buong-tri-ton.orders.jsonl': '7cfacec631f6b5cdfda56a4c8ee3d28ac095ba83a3feb3caea7fa4973a3da537',
  'thot-not-la-buong-tri-ton.shop.json': '4d9c6ba6aab69bf60c88f916c51eb81fa12a4242a32738b04da9966863bcc164',
  'thot-not-tri-ton.orders.jsonl': 'd36d0994945896a8630f8a5cc466e8a55e0cf3c05be7321b42754b2d420ae23f',
  'thot-not-tri-ton.shop.json': 'f7f2b6655cdb6104ee91048cf5f4d8698a8ff80e4bc6ad2dd620b2e1a87b33a5',
  'thu-phap-phong-khe.orders.jsonl': '29038f596742e26be3d30f81123b3a4349caa7697be300818d6eb83405dde9f3',
  'thu-phap-phong-khe.shop.json': 'b25d6652a58ce85e87ad557939b08b7251f62b963172409ba618c096954ea93e',
  'thuc-an-chan-nuoi.orders.jsonl': '2c45d5795709e78ada2b650139e201a88198620f5f8104219ccac9e8892a2742',
  'thuc-an-chan-nuoi.shop.json': '3784b19794c444b053377733d48dbb5dad0f16486cb8482a832fac91222e9e64',
  'thuc-an-chim-canh.orders.jsonl': '15fb285ba87c7cbfade72c6515eb388390e23bad5a64e699e97ee0cc702cf1a0',
  'thuc-an-chim-canh.shop.json': 'da1ec4300c67c27f3b2bd409054cd934f8469af6a9ee6b2139dde28b191c25c5',
  'thuc-an-cho-ca.orders.jsonl': 'f5c63e7a53b23a11a6e3caa53d03f9a57c6f0c6f0fd17eb2ff43778ecafde53c',
  'thuc-an-cho-ca.shop.json': 'b7c762e35adb8c0507ecbdcfcf43bc7d4488580546b457a2df9a342243544d55',
  'thuc-an-thu-cung.orders.jsonl': 'f5d020619559ca96b9402385fa4d0b40cdb3abdf1f1a566aba75df9ee96faae4',
  'thuc-an-thu-cung.shop.json': '4dc74ce53e5fcd5f243ec15a38669ba5932db46446082e4b6fefe4ae2ec69bc3',
  'thuc-pham-an-kieng.orders.jsonl': '1929f1236f6021116ca64489c4624320de9774ffae528f74000327759e79cd29',
  'thuc-pham-an-kieng.shop.json': '2c686ae256187410a6c621c9382db7f25818e653e3e50e517b62b2ddc8037fc1',
  'thuc-pham-chay.orders.jsonl': 'e57db9c2c4ce7233a265af94366f32b832c69d8c72a3338d0e6f9904a378a9bb',
  'thuc-pham-chay.shop.json': '924fae8ca886923b8244f9240e5714537ad4a355428c6b9d03e48b0213c20c6f',
  'thuc-pham-dong-hop.orders.jsonl': 'e632d1a7ed3364cad90c4fb0a9862dce5fee3cc5642ccef508d33bd060629cf2',
  'thuc-pham-dong-hop.shop.json': '476f5c26444024dfe7a0fa199cc89b7a7d7b21610943b95989d6007f8bc4c502',
  'thuc-pham-dong-lanh.orders.jsonl': '9559253c589c90ed93cbda8d3114018090bcca9f61e7e4ec5bcebb7a67352025',
  'thuc-pham-dong-lanh.shop.json': 'cd5e37d7295f84ad8c7d0e713608326ff8c3e257daeb9b997a4c65d8c24cc207',
  'thuc-pham-gym.orders.jsonl': 'd943f5afc2f41c788d04e16bbbe9a581eaff6ac913b2c555c812f5a92c67c2e2',
  'thuc-pham-gym.shop.json': 'a2bd2cf61e2b1e13c12915d8726b7eb3b1e30b21802c014fde051933a3a62c9a',
  'thuc-pham-keto.orders.jsonl': 'a853c566a4c6c5258001ca32a72f647dfcde7a0f1711150741a37dd47bfd23a4',
  'thuc-pham-keto.shop.json': 'd0d136dbb817764ec6120b79c28c606f058112ab4c22d18831320c8a8a49cab3',
  'thung-carton-bao-bi.orders.jsonl': 'a0c9ea804c20727b5ae1784b9f81ac397969927fc643cf4af7700e5501342f82',
  'thung-carton-bao-bi.shop.json': 'f89e2ecf47b2f169ae2fb38a3332d1a7e1e5dc85dae95151b6f687280685ed80',
  'thung-chai-an-hai.orders.jsonl': 'e39b0bea55f5a0882299f1287b967fc32e82bea4ce6cc6c0beabb8170142e834',
  'thung-chai-an-hai.shop.json': 'e0f587de15cabb917864d619407959cec52b0a1f033def304cb017e6c2b0279d',
  'thung-do-nghe-nhua.orders.jsonl': 'c739b4205b7ba7023cbcc309899ddb576863e353bbcf2dbc7118010ea52e41be',
  'thung-do-nghe-nhua.shop.json': '6730f3d65748a7d8e3bb1904f707dc983fc949beb43d4a6fa962a4ed32ce4949',
  'thung-nhua-cong-nghiep.orders.jsonl': '2cc52f54e7e027b0a174e68be06867f8534c3f874286ed86bef33b2f7f15d836',
  'thung-nhua-cong-nghiep.shop.json': 'ddfbbcd11ec4e6979e590659ef6cf3f2cbb9acb7ab14f818d512cb7111501d21',
  'thung-rac-tui-rac.orders.jsonl': 'b9ec09becf5b96b1ad15658ebba11f5e4f78dd3a864a20a6d46be8c11d5a12bd',
  'thung-rac-tui-rac.shop.json': 'e8a7d5f56fdfd924fe0a024c1f5a061e31914f3aad174601daffa56f0cf83e31',
  'thung-xop-da-vien.orders.jsonl': '6f981d9561d5ecad307b41c2d46a5a30787abaad6d235a11020dc6370cdc9edd',
  'thung-xop-da-vien.shop.json': 'a7117833d052b9f978ffe11cdd7d57c6fa7c7485853274b1fa2d025848a07598',
  'thuoc-bao-ve-thuc-vat.orders.jsonl': 'f6f622620f1bcb89bb282a9433cad643a761a1c9cbcc296535bf2ca7ae521fd0',
  'thuoc-bao-ve-thuc-vat.shop.json': '6c436becbd068291e2a04c71f8299e4a0ce4be88bba91eed9c21f05ac8f178d5',
  'thuoc-lao-tien-lang.orders.jsonl': 'cb20859bd8d5c27feb8531ba4a579e1dfcb1f70d2b57ecdb66c544ac95fa33f9',
  'thuoc-lao-tien-lang.shop.json': 'a05259e0550112d0135b724c816adb3171ba2b35b8a000ebf8a95ff872165318',
  'thuoc-nam-hoa-qua-say.orders.jsonl': '64c41e884566ca7aa9abdd1950875dbcc0ddeed565c2581ab968da5549d56307',
  'thuoc-nam-hoa-qua-say.shop.json': '40be6e341befa76d314c3f1acb0987aab1688135a486dc64529b0dbd87bedcaf',
  'thuoc-nhuom-len-soi.orders.jsonl': '2cbe31eb8ffad3a98f6728bc58a55f88f1083235f6c3bbca8cee9baebd2b1441',
  'thuoc-nhuom-len-soi.shop.json': '2e2b32a2287952530070e4af1ef867c64c2dccbc2445cb54cd1043b16559225a',
  'thuoc-nhuom-toc.orders.jsonl': '4e36cc4b9c818d7054a9ef836df31b139274f107e49975afc942be17916bacd3',
  'thuoc-nhuom-toc.shop.json': '8b8b00c26242816ce4de5343643014d0c0037df0257d87fea79b63d980f93483',
  'thuoc-thu-y.orders.jsonl': 'bd48a6a5d7cd22c38157cff134de402048d6176ab84a8e826d99446e6ffd6d99',
  'thuoc-thu-y.shop.json': 'b0fb860317fb05b57a9b7ec7fe97e5d0ed9e308f5c794e24386ff2c752956f56',
  'thuy-san-con-hen.orders.jsonl': 'aab192b7f6dc230486ef9c43ec0a5753b09952b157755e4b3c40e454824242cd',
  'thuy-san-con-hen.shop.json': 'decabfec2c1e0fb83ad5b0a0a48a0f291bb44618b4bc204cd47973e7fd4ecab0',
  'tien-go-nhi-khe-2.orders.jsonl': 'b3ac80dd353eed01e7a18e06ad6e65ad7a4d1e37a4a0e5d0b0068a0cd3a076eb',
  'tien-go-nhi-khe-2.shop.json': '2886c0e416532e6dd07977f240728baae9e95d56327a5ee141fc082334bc561a',
  'tien-go-nhi-khe-3.orders.jsonl': '2c3cb3792f92a50f20eea4f108e76c57a01302bbe68e9ae65aebdad788316f3e',
  'tien-go-nhi-khe-3.shop.json': 'e072c53efee21834e34b423f7a9cfbf6dd1f34d592a275126848d4feb398ede0',
  'tien-go-nhi-khe.orders.jsonl': '656a2a004865fa8a1f05c204a477c6c5dff280bfce1d17af3b0c0369a8acf295',
  'tien-go-nhi-khe.shop.json': '2eecb6d04d4922be86c886e7a1767b32747058f76f69778c2d35a1fbf3606214',
  'tieu-cam-lo-ca-phe-khe-sanh.orders.jsonl': '35d6b1b9b1f0c86a0612b32a594bcdfbe49e5bda396b0193ceed990d4225d15b',
  'tieu-cam-lo-ca-phe-khe-sanh.shop.json': '59de84c2697c69115684b679ed75b22a4db714f0ba4767a861e7feec83c5b669',
  'tieu-chu-se.orders.jsonl': 'fd2d11fbb5cf69fa12343f28e0aac8c8246fdf6f23802cf9c4dedbd794870ab1',
  'tieu-chu-se.shop.json': '1f0fad455f1c3713fa2d05d9a0f83c0cb011838cf5b8982159cc28c828e92bc7',
  'tieu-hai-san-ham-ninh.orders.jsonl': 'f7e45235b9544a63c849d1f05878fb19d50ab536362dcb036ddf59fe4d00e0c8',
  'tieu-hai-san-ham-ninh.shop.json': '87b3581ccf8826c7a1a525079eb247fbd671d1ae0ca5c97b92470c6018ab133e',
  'tieu-mam-ham-ninh.orders.jsonl': '1a7df447b780f80c5c8a16c84648f2e54974d4a8c5224b405030d0584b85d83b',
  'tieu-mam-ham-ninh.shop.json': 'b4df47b7630622cf24b57c264755b0d56a213982de9130c837d8d62214e8ecfd',
  'tieu-mam-sim-phu-quoc.orders.jsonl': '9b1e60f740707fe0b82c83fa6f7f4412d198d69dfc1f74e861f6a4526ca8db8c',
  'tieu-mam-sim-phu-quoc.shop.json': '117542d40deead5cc75e3504ea24d8a57833729f873a410f0a9270cfc73547cb',
  'tieu-me-cam-lo.orders.jsonl': '9f6ed8c293a1dae917db842cfa10332a43bc59159c2f5a6aaf06d10ef35b3519',
  'tieu-me-cam-lo.shop.json': '1a7a1fd86f06d391eea9a5b0c5599269dc954495120518744f4beaa478479987',
  'tieu-ot-cam-lo.orders.jsonl': '94e6ba6e9505d37c5d8a56c1db3c096166f7fbb3c82a73aefcb6d92e7fcf24ae',
  'tieu-ot-cam-lo.shop.json': 'b4371939b36fbe4ab2c0eadf4b03dcb0e2c67bee1cdc34e7aae7e43d42e46ce3',
  'tieu-phu-quoc.orders.jsonl': '6842a6defea19bbfebf925d5350071c5d090dafda044472fc8788a610a070d28',
  'tieu-phu-quoc.shop.json': 'e9f4ee4631b9fbf092694d742b33c729b76e8236393addb56b15efb2ddd80e6a',
  'tieu-sim-cua-duong.orders.jsonl': '374c887d25c098dfc03954a6d14149cb7c783eb31fc14db052876cde85c1ddd5',
  'tieu-sim-cua-duong.shop.json': '8b7e8854c52ed90e6ac496bba1be9be11a7e66582c0077f5c01971bd76bd7214',
  'tinh-bot-duong-lieu.orders.jsonl': 'c89faae1e13438985ef0ba4def5a2a7a44f3445d68f4343cf3cfa9cf7acab4f2',
  'tinh-bot-duong-lieu.shop.json': 'e42dd9f01c21b690843e2219af678632c298ba7d62356085187917fd9c8528d1',
  'tinh-bot-nghe.orders.jsonl': 'c65872f28a94331ef135e9e8933871a766bb08798f61e65c17751a3a435faebd',
  'tinh-bot-nghe.shop.json': '736d76ac4d335d8733222834212bc193520f612d4298908ab6576cf0162b788d',
  'tinh-bot-yen-lang.orders.jsonl': '7bf7c13fd8f6ced907409f238eec3c340ca239ae1ad3a2d37737b70549ae49ca',
  'tinh-bot-yen-lang.shop.json': '25607399ff9531a02ec4ef58808e4f807b98c2cd2af3617fc2fdf17d43f796e8',
  'tinh-dau-huong-khe.orders.jsonl': 'fbe02c05107af046b54b9fee05c60bbe57b80821fef8a36241fc907d7343e0b9',
  'tinh-dau-huong-khe.shop.json': 'da6dc39e91403a759e161f9dac827ee635533e39c5e740991b75a2cfd97e0c9d',
  'tinh-dau-huong-tra.orders.jsonl': '967d3a2f6c6e95ed809b3367389a4034a315f8cba289d62210c83ca1f23e592c',
  'tinh-dau-huong-tra.shop.json': '5b7ea965690f74686adb7bd31bb372f5f9a70c1cf6f4c4bdf78e42ba88e62eb3',
  'tinh-dau-tram-hue.orders.jsonl': '5b9d489d22994e27f7d41bb75f0188f91965334a484167cd8b3ab0e782c6aa54',
  'tinh-dau-tram-hue.shop.json': 'b6a8afec1b7e21d0135552a280c79c9d5c3c5cba3d19e459a4758d746c003039',
  'to-he-lang-chuong.orders.jsonl': '37efe552c76e353ff1e0c48ae5181764f66449990c2847332a0d76ecfe0f29bd',
  'to-he-lang-chuong.shop.json': '4146eb524aadcb4e49dd88a5cd9ecc0c3211618d49ce3b6b933bd52ae29515d1',
  'to-he-xuan-la-2.orders.jsonl': 'b03f7334310f8632f11d46679d168f7bd9e1dbc71417cb0667913818436d949a',
  'to-he-xuan-la-2.shop.json': '152724b4802bac8cca1e2b223b870cd6c7f19e806f4f7ced7a080054880d73fb',
  'to-he-xuan-la.orders.jsonl': '7d1e300a0ac41246dffbd0ae52160b9b7dee5a35210174bacc1da7456bfeb9cb',
  'to-he-xuan-la.shop.json': '23c5ceb55814a45711a2241f811d6c705095a1d746e815373b4acc3121676dbf',
  'to-lua-co-chat-2.orders.jsonl': '827425a7763477a78457e8b4b2b4a7402598bd2470e2301ca4c6f1e89906fe20',
  'to-lua-co-chat-2.shop.json': 'ecd9690c797050064fb8128587fd48a7d9a303e52fcb871766580116012daabf',
  'to-lua-co-chat-3.orders.jsonl': '23b6a68b3fe4e83200bd0c1d8b373ff46ad5ce30c3953e7eab0d0e629ba642dd',
  'to-lua-co-chat-3.shop.json': '70ed355ff2556d75ba33190d18038d44001b9be983666cdeee9f66fc08a57bbc',
  'to-lua-co-chat.orders.jsonl': '2ee0e266e36a66f5f403e3df9d078df131cadd67d24e365c9196b05f06149b86',
  'to-lua-co-chat.shop.json': 'c33d57f2e7ffca734c3c120d1af3672be8be91e189e8cd1d985470bcfe1865b5',
  'to-lua-loc-chau.orders.jsonl': '0c8d01f47419a1bc04f1f6ee168c33afea2b20544482ca807e18f104374f3c29',
  'to-lua-loc-chau.shop.json': '01c329c9afadec0f3561240c7a31073834b6d7c11616267c3a42f0ae0dcbfab8',
  'to-sen-phung-xa.orders.jsonl': 'b7c70e3c3aae35c388fe9845b7d95456d645e314eca34dfacb82d3dfb7830b2c',
  'to-sen-phung-xa.shop.json': '187da2746a8c3b44bd352c5815d97f34af1ec8210f15ca8c3bef036a940f4221',
  'toi-hanh-gia-loc.orders.jsonl': '2ddbbad5260db56905f2ddcb0388028da2cb6d309ffac387e515f8df7ca51e49',
  'toi-hanh-gia-loc.shop.json': 'b2e7bd3d190b4ef39b519b01308c98b2b72ae339c79b51c85818430f1a2bd09b',
  'toi-hanh-ly-son-2.orders.jsonl': '652652bd22610a5e2e83ae3872ed4deb598e8532beab6f964ddf68f1d96c0450',
  'toi-hanh-ly-son-2.shop.json': '1a5a6c0184a51b17ea683020b5f7719b4307f56dae502127a635282b80ef9a45',
  'toi-hanh-ly-son-3.orders.jsonl': '93ba478f85199eb348bcc4e7bd06c477476109b1e07536879f96efd901bf4bd0',
  'toi-hanh-ly-son-3.shop.json': 'b98e6131bed903b60c0f1bb0afa6cc2544912282db611ec60239a409c043c29c',
  'toi-hanh-ly-son-4.orders.jsonl': '46240dd6d16532f9b2469b46f8f31fca52cf3d3986dfeae09e008aa62dadc5fd',
  'toi-hanh-ly-son-4.shop.json': '42284c0a58a053a08b3c499338e747fb71c758cdc3017f56ce760975490e6206',
  'toi-hanh-ly-son-5.orders.jsonl': 'a48b444cc8005ce0cd16debb1d383e2cef9e97d5634fb5cb4ac767b5c7edef34',
  'toi-hanh-ly-son-5.shop.json': 'a331206c3f8eaffd7c72a930af388894c7b5f7a3d676db2bea3b71c9e1630f67',
  'toi-hanh-ly-son-6.orders.jsonl': '72dec459f01d935f2eb8cd64ff2d1d3d27c73b4484ab3fc0cc03b40bc2328cbf',
  'toi-hanh-ly-son-6.shop.json': '8bba10618008f946ddabdb68f711e562cd75c879019f12717f001f362442a4eb',
  'toi-hanh-ly-son-7.orders.jsonl': '65e5f7a798fd08c3b75240ec3e59fe27e11aa54602b7cb4f740cd342fed76d37',
  'toi-hanh-ly-son-7.shop.json': '0c827b351a13851bd26dd750134b795bafb50be03bf2c0178b28c50afd0f8831',
  'toi-hanh-ly-son-8.orders.jsonl': '2a0845607ce701828fab8c800cc8f8f44f08f72788803a4dd32886257f3f86f6',
  'toi-hanh-ly-son-8.shop.json': '5ef428d1a08ef3d48b12d2d69e3a6d8059cf4093171ab685d52cbfca3d1a94a1',
  'toi-hanh-ly-son.orders.jsonl': '00e79d89697cb94b034f1e08096bc0c37676ae972b7951036de9fb93c2d7eb28',
  'toi-hanh-ly-son.shop.json': '2f82ffa81d295debf50ca550948ea1717d48ac88facf65e9316e5650e3f7a808',
  'tom-kho-go-cong.orders.jsonl': 'd9dc06c5be9c2e2760f45a55ced39c891a22484a4e726406862bd7e459463f6d',
  'tom-kho-go-cong.shop.json': 'b48f46fc30799d6ce9c4a380dee0ea5d2c8b20a252fe7ed4791b88dd5582eee4',
  'tom-kho-nam-can.orders.jsonl': 'a1aea3b6e1e31412e7e3996a06106e34f306f4cfdc66c63a429d9a0bb9250f0e',
  'tom-kho-nam-can.shop.json': '799f68b1e55d9510c314d9b719ed39b6e7f00160fb0261db89fce29b4e0120b5',
  'tom-kho-rach-goc-2.orders.jsonl': '72e37bc1b8e8681059d6973797972a55cc60b14e6e4923a31a518b25639ae8e8',
  'tom-kho-rach-goc-2.shop.json': '6ebe9f8eb63feabb0e047ea722cecc3de126678ad6e90505e5c2e7458c0e5944',
  'tom-kho-rach-goc-3.orders.jsonl': '83142a6a8ef3d28fc11a5b34b927231e913fcbd8cb2548793598126cb7bc3f32',
  'tom-kho-rach-goc-3.shop.json': '82f6a44fb4cb4eff425d6b23895739ce526ae1605f56125312ad89401e064920',
  'tom-kho-rach-goc-4.orders.jsonl': '09fd98ef3652bbddcea62e25776df59998e31c09fc287b744d480a2d20f132f6',
  'tom-kho-rach-goc-4.shop.json': '0c196a18cfcc1c7d6b2bef0ce685926459a795a5f58d0b408de34f5cf32182c8',
  'tom-kho-rach-goc-5.orders.jsonl': '717dc171f493c2d230f3aae8f68cea97826139b41c80c28c32e233098a53aa6b',
  'tom-kho-rach-goc-5.shop.json': '306a89f1d263886a175c0dbb96076d5c352d03764b586684b3c3175f283249fd',
  'tom-kho-rach-goc.orders.jsonl': 'b9a5144503af8a3c74117d94b529cac7138227a7a19b18ed863da2fb5f7fe704',
  'tom-kho-rach-goc.shop.json': 'bddcc539f236d2498d8b21285431c5027e132347fb151d8bd709a196b9ab8be8',
  'ton-ngoi-dai-dong.orders.jsonl': '6aa4d46ac8fca2dfb0bffc6b0adb0aa0f76611370e7cc7953273ed8e3935ecc6',
  'ton-ngoi-dai-dong.shop.json': 'f681984a4bc351f1f61c11c0ec8be4784d9e4b1ab23e8cff5cb6f786e4cc2780',
  'tra-atiso-da-lat.orders.jsonl': '8d1b103fbd93327e9a393b5d7dbc72fbc755ec560c69896171a3937aa795c9dc',
  'tra-atiso-da-lat.shop.json': 'b9a21042cabd7484154ffaf7cd587c2ce4812c4b38b00d5be035878a9a70f111',
  'tra-ca-phe-cau-dat-2.orders.jsonl': '21d75856c72802128ae676473b4e46fb8fc2def2c14bb4f1760d66dbd06ac64d',
  'tra-ca-phe-cau-dat-2.shop.json': 'ef0e53a8469a9c33b175bbda0d6ae8ae9dfbc5dff232c87eb818d68c1f969fdd',
  'tra-ca-phe-cau-dat.orders.jsonl': '669570f0c4831df0067eefff011e63068e643bfb529c2d67075737e7483d5807',
  'tra-ca-phe-cau-dat.shop.json': '57f83b922e0351cf2cab87cf10b2e91efdf28e9e27f4f7b53536726c7d0c6954',
  'tra-gung-mat-ong.orders.jsonl': '277695c00489c89afb234b816434fec36926f6e1fe982c1ef6d6a7f777447831',
  'tra-gung-mat-ong.shop.json': '4d32eecef0b509e9cb93093d83595ec98a04ef16c7b0bd9c3a7f3b1a19f64c1e',
  'tra-hoa-say-kho.orders.jsonl': '1f83b75851dc9800cc49feec131202c0adcb295afa2381571871784dea3b282e',
  'tra-hoa-say-kho.shop.json': '0af4f81f785591a0a64f9520079a849318867bbaad9aa3f5fc5400b9803f1aae',
  'tra-hoa-vang-ba-che.orders.jsonl': 'd6f2c61e62487e8f78b4fd1f65f00260d05063401b54eaa26b7fdbde0e289796',
  'tra-hoa-vang-ba-che.shop.json': 'c6bbf560ddeef1440ebdc8fd088ba38d054218570239143e9dbc5aae20846e39',
  'tra-lua-bao-loc.orders.jsonl': '0c9386919a6a3252c88b9357107f6aad1391220cc9cfaa70abdeef16ced769cd',
  'tra-lua-bao-loc.shop.json': 'b54224ba38ebbf0e9c9f50534cd860f69ba3cf7bb38551a70c29af7fa251a01e',
  'tra-lua-bo-bao-loc.orders.jsonl': 'a3cb2a9e1ef9d8ceffaf134761aeeff656b0132d8b96210e93bcba5778050301',
  'tra-lua-bo-bao-loc.shop.json': 'ece895983724f5fb11b1a1b1cbb437b95165e23bc43e0e4ee7552a77c1eb5e7b',
  'tra-o-long-bao-loc.orders.jsonl': 'f1b7ad7f608e3cde458cb6b8d760a95ba94694f5cb096a8b0f2a95cffbec1d29',
  'tra-o-long-bao-loc.shop.json': '4e9dce7a709e2b2c1930e61fd15e7419bc9a7b62e6b75ef1c40e40b260036079',
  'tra-quang-an.orders.jsonl': 'e6adb8a0627f3661ec00f4f59d4bae4d506ee63a0ee3de675d39f5c7d38ee533',
  'tra-quang-an.shop.json': '58511fd4056141851d9d064d8728a9702fa6c24b3f6b0bb8da335bebfaf6e5d8',
  'tra-sen-nhan-pho-hien.orders.jsonl': '987b29e67f4b00c81c75ea8fa8884a347e9382e33140dafc2beb371843202081',
  'tra-sen-nhan-pho-hien.shop.json': 'ffea450c6fe3e999ae845b9b13ed649557c7e86738cb4fdaedf9f4c2d8a43fe6',
  'tra-sen-quang-an.orders.jsonl': '71068b45c04dd35bca2895e13f271da19c083034dc9ac31e7008f08147e4f536',
  'tra-sen-quang-an.shop.json': '7d03b16e02b7cfcb83430a6864ad1c98d5b130be7a5e7bfc6d7839a2e27dbf02',
  'tra-sen-tay-ho.orders.jsonl': 'ce8aeaca5e900ae6f7287a418aad75c015bae4648386cce2dd832dc9004f05ad',
  'tra-sen-tay-ho.shop.json': 'ec4af7c6350d22e7cdbb4c951a59866cd2340f967887a991220c424100b0cba8',
  'tra-sua-nuoc-mia.orders.jsonl': '70862c1eb635203f01117378c33500b5d2e4b00ef27879de40e56de45be08834',
  'tra-sua-nuoc-mia.shop.json': '881e5d9b591bfb317d64c71c1eb7dfe44ae48bba15cd731f11b99365df36565a',
  'tra-sua-quan.orders.jsonl': 'bd033a67b0fbec297581f7d225630bafa6c175784f5d3df3bd19a05a01dac85e',
  'tra-sua-quan.shop.json': '5727e02e838f88b51f0e9b218f1155294d62f564de7e312ad362c59e38f006ce',
  'tra-sua-tan-cuong.orders.jsonl': 'e27310cf0fed6c539377ac40bcc1ab6c192dcfc280bb22291c7e0579efc51ede',
  'tra-sua-tan-cuong.shop.json': '1f0717d6d2e31e6cd274270bd40ca2bf4cb9cd5a561941a3182b094523416971',
  'tra-thai-nguyen-com-vong.orders.jsonl': 'e1ea4941aca5226d4979a5a46d1ecce29b8130a3b963d9ac1a7e28c2323e2f92',
  'tra-thai-nguyen-com-vong.shop.json': '3a55d9c2d3266af2f654a4c388acd68da4026e76c499bc376ae0e78314bdad6c',
  'tra-thao-moc-trai-mat.orders.jsonl': '497de9e7aab077f446378972f9f7151003657f15993634f506aa2acd6774d870',
  'tra-thao-moc-trai-mat.shop.json': '0054d230eb3f7c7292baa9732e38bfce82f4a9f60ec55a5bb42bc880309ce0e5',
  'tra-tui-loc.orders.jsonl': 'ece76c0128c48e49a168f83445fa38db4cef282b7df2f357fd23ef39b726b37f',
  'tra-tui-loc.shop.json': 'ee9c8c8217e5e7ac642ced819eb0fa6224ab978e5d6dd11c87e108e7a6c6f1bf',
  'trai-cay-banh-trang-cai-be.orders.jsonl': 'ef87c68338620741ff7df1764433545542f16598154d5bedb07c904f80e6b771',
  'trai-cay-banh-trang-cai-be.shop.json': 'f2acd43a3d6983ebcc530064156ad9c4211c59014a5cf3607938b84af803ff63',
  'trai-cay-binh-hoa-phuoc.orders.jsonl': 'c3902f18aeda1265010ff72cb7a49af9443eaf9ad74c73b6cec00f77b3aad220',
  'trai-cay-binh-hoa-phuoc.shop.json': 'da61c2750e515b0e6e1cd26ffd83b1d71e22b44362f1ed8d9ce95625dd7ed424',
  'trai-cay-cai-mon.orders.jsonl': '1bc6172e2fbf1a20ed0df2ddd0907a2279da7ad1f4b48ea490297844cca93223',
  'trai-cay-cai-mon.shop.json': '40e4d93251ab36aa18b47d6e53a645fd683e409fac1deac2960fdaa2011b7814',
  'trai-cay-hoa-loc.orders.jsonl': '34dc3940774323ad80b9ac6ab254ee6f6126f1de4c16e513b074346209348d58',
  'trai-cay-hoa-loc.shop.json': '4b9b785f850dffc22c308903147e1c80482e69043c3161b876ace36e462e247b',
  'trai-cay-long-khanh-2.orders.jsonl': '9d4629891942c00420c2f09008f109430d772271d9ba7ac16739cf97b826cf42',
  'trai-cay-long-khanh-2.shop.json': 'b4bdd818cefc73eb45e271e55fe5cb24395ff4e27413b9e135a641f8bb7ab994',
  'trai-cay-long-khanh-3.orders.jsonl': '3421a57f6c3231e51715bb0af204284b90da6281ecda4d5937e9cf533267642d',
  'trai-cay-long-khanh-3.shop.json': '6b382dada0ca778812ac752537e8b48a9e0ab91d365c3d751daa68e7d46e4b58',
  'trai-cay-long-khanh-4.orders.jsonl': '1ec99e0b21d7f5ace13b769fb2a4f8e3ee6af0409d1bc4dc460da93ea202dee4',
  'trai-cay-long-khanh-4.shop.json': 'a467a6da340b31fa9de6f2b6f3f472d0afe09980127f874a5e4661065e7df7cb',
  'trai-cay-long-khanh-5.orders.jsonl': '60411e10f1291766debb6d73cef5cf651ecca934aea50ec79f5dbd8f9f70c8a5',
  'trai-cay-long-khanh-5.shop.json': '4b121551688c33786d08630223fa147acb3ad5d44ab49e9a0f3f618112e368eb',
  'trai-cay-long-khanh.orders.jsonl': '13ea7ef2d52cba985c8061ccbb489b6d60d468339e705c1dc6884cf791a2464a',
  'trai-cay-long-khanh.shop.json': '83609aa9ade0114a76d81622d360d2ac956f89d2ed6347f2b01f786c99e6be3f',
  'trai-cay-nhap-khau.orders.jsonl': '90214234c8278ae464a689f6d14d08aae54c52f35d612998ebcaf8e29c6f8e6e',
  'trai-cay-nhap-khau.shop.json': '71c1e7417872a973adc32735ca4bf23fbd1de8fcf30d460131049a9e56a4abc8',
  'trai-cay-phong-dien.orders.jsonl': 'b40857c866b981ec0de814a186495aa22f03dbafd64ab3e3992c205e52a6cbcb',
  'trai-cay-phong-dien.shop.json': '17dd21724542351e8650624754eadd045d477410adfd751ba42bad74d428ca27',
  'trai-cay-say-deo.orders.jsonl': '656b609bae290b722d3132a875c5eee466b5bc39a0353ae2df5da499e2c3c10e',
  'trai-cay-say-deo.shop.json': '1599cccb995f5f94891f279db64bbb4eaa6243336264bb546b93805c3adf827f',
  'tram-huong-phuc-trach.orders.jsonl': 'cfd4b29750e548dcd90a5f884f21e84bc2cb4dfa91aa03f7b0876d14dee95212',
  'tram-huong-phuc-trach.shop.json': '06f451df6403e6ac7d9456ea8db7914e48ea26a360aabf39c9490b79ce5ffe44',
  'trang-suc-vang.orders.jsonl': 'd745bd962b3a5baeba0945a9ebe92e1ce1a7cceb534912d945bdfbf5afe849ff',
  'trang-suc-vang.shop.json': '02547ac7439cddae33cb928aa676bcf8c825f0d9e3abddb8bd9159e5685fd5fc',
  'tranh-da-quy-luc-yen.orders.jsonl': 'ddbfd6cf993a2c30402bf20d60a094872e97138b3e7cb8f9bcd392306a6f66f3',
  'tranh-da-quy-luc-yen.shop.json': 'dfe369c3ae0cdff9cddd8e95277e0ffe2e2d01cb28c75630c3d2ff46618af2dd',
  'tranh-dinh-da.orders.jsonl': 'dc0241909d7149fc9cceec2181b66735aee0df849e7b66d5d1216f63840a1038',
  'tranh-dinh-da.shop.json': '371c4fd957deff6d6628d74a88ade34cbcee16aa26c3e1862e2fdbefcb760094',
  'tranh-dong-ho-10.orders.jsonl': '5117a676eef4262aaa85b8fb7a244af25e8ba33740fa2fd9eede00b81b55bb15',
  'tranh-dong-ho-10.shop.json': '3ec47a7587dcf26781a51b0717485dbddc0f77007501c1e245a30f83a7b5fa87',
  'tranh-dong-ho-2.orders.jsonl': '9474dc9b90b06f682e93d8d8186f1f5367814c57bf52cb3e70c779a190659bd9',
  'tranh-dong-ho-2.shop.json': 'd92ab8380fb07c9ed324cdd41618c2018f315152c60dac930fa76ef34b80e1ea',
  'tranh-dong-ho-3.orders.jsonl': 'b9f08c8bb509bba75131004b9ca58a3a3e12e7cc6847a3bde9263b5657ac8fcb',
  'tranh-dong-ho-3.shop.json': 'fc763000f54e6dfcb47d0c25247bc5d47b45c312886d17f5c445da36caf4f551',
  'tranh-dong-ho-4.orders.jsonl': '7d0bc1b4e978b7abb2a03a30292736d52e8c8d5aa4732d611a8d1a6d0eeb9d7d',
  'tranh-dong-ho-4.shop.json': '6f604d9154dd7049a9094cd0d23138b9455f18bd4bb7a18090b4c96352b8b6ae',
  'tranh-dong-ho-5.orders.jsonl': 'b4b8ace8cb3ce0045a6d767e13bf6a72534c94b24be496536c23e6a48426beac',
  'tranh-dong-ho-5.shop.json': 'b5ee0fb33952328b79e0e53df8461e1d2cd8b9ae2253aab779e25a03f0985e32',
  'tranh-dong-ho-6.orders.jsonl': '2c5fa089bfb79136d72f7f4ccb3eb02da2b2b45a4e8b39b970a0887cac452193',
  'tranh-dong-ho-6.shop.json': 'db7ee2c22654190c48256ed959416d6131403758ba48d60c51b7b3744841a562',
  'tranh-dong-ho-7.orders.jsonl': '98805223e71cc3ea5eef98425f680190525dcbdb523883991cacc9e99124bb65',
  'tranh-dong-ho-7.shop.json': 'f5354d0586838b8fc8d2b659522596cac6a46da65ac2c4bb959cb0b61c71b69c',
  'tranh-dong-ho-8.orders.jsonl': '3cf908f47fa182068a2cc7b890569eee19f342b105db69bbedfcab3344909cf2',
  'tranh-dong-ho-8.shop.json': 'e461c39672a34158ca15507125752a246eead24a38155efb06e79fac99840e71',
  'tranh-dong-ho-9.orders.jsonl': '0dc5804666585e416d611ab774e7564255f81d8b38292fc37fadb8d8588244e8',
  'tranh-dong-ho-9.shop.json': 'e9dcc25fc2630805101552ac92e3ef35787b6a4c28ddea03de9d5f58ee1aa985',
  'tranh-dong-ho.orders.jsonl': '615b228e138e1a15cd4306a8c6bb257dad673fd1831c053206894e6dcd1ce5e2',
  'tranh-dong-ho.shop.json': '3ad60951818381312fd64f85e3156a9e2597858efcb88211fd29786dd324d224',
  'tranh-dong-yen.orders.jsonl': 'aadff0d7bda8aeed7aa20091ab2fe02c2167be99130ce8dc118a09d2c2646d13',
  'tranh-dong-yen.shop.json': '024086958d9a50335694bc017b74fbef25d04d53ecddc6eea195db072cf0c9df',
  'tranh-gao-tranh-cat.orders.jsonl': '1d2fab067b85b1932c2b629655be846c362197cde72a61d29db352698880e924',
  'tranh-gao-tranh-cat.shop.json': '11068932e26e158dcc07d5831c77439aa7a4a14914a3c3a23c03205621865fc0',
  'tranh-ghep-puzzle.orders.jsonl': '05762c42c16a246d390da4919918cda166eb4c31b1a294ec898ea4db49dcfd4a',
  'tranh-ghep-puzzle.shop.json': '3d67eba0a8821463593872ed61d71d87fe722874cccf0246ebe0e6887bdd04ad',
  'tranh-giay-dong-ho.orders.jsonl': 'd8ee6181d2ef56d59afbd432017067660b2415159a55c2c745806e79fef7a7b8',
  'tranh-giay-dong-ho.shop.json': '36f39d17ebaadba6978b43c4e688d63bd91664ce60acd3723696599384bec870',
  'tranh-hang-trong.orders.jsonl': '19ced72c5a3e70cdcc2c7f9c63f06a2e9b0d0cf78b296436dccf8511190fa0ee',
  'tranh-hang-trong.shop.json': '22e51e294bb43cc2d75ca7e4fce02ede846c4574a7f082e2908e7ea1e59509d8',
  'tranh-kinh-phu-van.orders.jsonl': '0f23ef9f264f101b31ef8b073131a790b4555d56b31afdd45b014a2d992d44b1',
  'tranh-kinh-phu-van.shop.json': 'd2bba6c4983ee10e756f4e5e190e12bfa2defe54260b034afc8e5bcfffc23a21',
  'tranh-lang-sinh-2.orders.jsonl': '15c93335659de91a83716d9690a6a654c7883c9a9261f38f990228b2fb35a5f9',
  'tranh-lang-sinh-2.shop.json': '042ba2be7da59e87b98cac4ab384d76a957a55999578b0f9db82fe07959f7a55',
  'tranh-lang-sinh.orders.jsonl': 'f0c370968b704627e8fe494872b5d9febcde90f229344976edae06e083cd25ed',
  'tranh-lang-sinh.shop.json': 'd19dbf2bfdb0caf35acc74f9d098c0a30de8fa96e93d50924602671b61c62a67',
  'tranh-que-dong-son.orders.jsonl': 'fde27d10775203c8f13956a0cada075b6b58676e741eff70799df1140c4aa388',
  'tranh-que-dong-son.shop.json': 'a9b145e83d1e84b4d586bbd3e06df6e33e503fc004db301b73f70f07fee5da3d',
  'tranh-sinh-hoa-giay.orders.jsonl': 'e8cb21a255fec3a3234990cbb617548735eb6b022224eced6f7c14e856e4470a',
  'tranh-sinh-hoa-giay.shop.json': '89f51e966d733f49a7c8d49463b1933e870460f8ec5af8d7d60ee914797510d4',
  'tranh-sinh-thanh-tien.orders.jsonl': '4dd537c374f531bdccca5a62792d754ed21469f30a93bcf3224aa24f4aa6fd69',
  'tranh-sinh-thanh-tien.shop.json': '0e31e93be6ab84d3a9e79be083e735b6fb3b4bd81cf1a191fef8503bef45d07c',
  'tranh-son-dau.orders.jsonl': '8890182e385373a923bc333999104978dfc9589d49954f14a1c002d15803ce15',
  'tranh-son-dau.shop.json': '2b08fa3b00d0263ef0dcd66ed798f1c0a543af3807d137e9b022b1e7d05fd5ad',
  'tranh-theu-chu-thap.orders.jsonl': '8d712b8c26b78c21db42bb670a620f434cffb9ab98294a95b6222b5ba67d6ce8',
  'tranh-theu-chu-thap.shop.json': '9948857276ef7101c58a3fa6892ed4e2f3e03ae806d2781744ed6ca5c10dad7f',
  'tranh-theu-quat-dong.orders.jsonl': '80075b71a4969c4a6aeee35cbcb21de3a96e72b3e4880fd01082db7434b649c5',
  'tranh-theu-quat-dong.shop.json': '05c740c34f9f7d1da650542f928db643d93ea2a7f64d9c83d9721e53c4512a8f',
  'trap-an-hoi-cuoi.orders.jsonl': '1f864bdfbcdf6cc3d8ed7232b7ead6c76e2b33a475cde10c8db1972aa5feac9f',
  'trap-an-hoi-cuoi.shop.json': 'b9cb2d8e7cd1c67d75134fa0e05f6036ef9708b297744ae1a5c99d3ae9568328',
  'trau-cau-xuan-dinh.orders.jsonl': 'b6d81ac58f914fd189c8957e960de043a8a268c1c2bc694fdeeb8f00c72d5bba',
  'trau-cau-xuan-dinh.shop.json': 'b3ca41c2d3b2810520b9edc3bc34dffc9e46e762815ffdd5c139bd1bd2e09a14',
  'trau-gac-bep-son-la.orders.jsonl': 'de3d5625946e60ba101728a82bf51aa7146be807c852a48593d1c3bc80adb291',
  'trau-gac-bep-son-la.shop.json': '75841840c744c18039d7da32b86045c21ede072e0ac5f55da582bff261b87537',
  'tre-go-thach-xa.orders.jsonl': '6ac88d1e1aeaa6a400a1c5cc6c41d48cf855966c4f0565996bf97d44888b6bf3',
  'tre-go-thach-xa.shop.json': 'fb008c38769e8e05b19f17ffde238aabd317383845cb1ced2143275f32444b7a',
  'tre-kien-thuy.orders.jsonl': '79e1f3feb75f298327b7f86d96dd819f188d4968f99d68efdeca0d924614b890',
  'tre-kien-thuy.shop.json': '43b2e16c8796c7000b726fa6f1cd0c6ef5d2b47dbfd431056e4dce079c9c7661',
  'tre-lang-dong.orders.jsonl': 'e59aa942e9e663f06baa7b0d46eb3152e94c118c908b5926154276b21489672f',
  'tre-lang-dong.shop.json': '7892456ae1ce480a3caa9d94685818113c8c967963343fcae67654e6620de02c',
  'tre-truc-xuan-lai-2.orders.jsonl': '6741cbb3c8f8986ca78c7f44f42cdc91d9d743397a0f196af0fd306d2ea84198',
  'tre-truc-xuan-lai-2.shop.json': '322d92330e6e42723e5e8d6e60d2182c9080297c85f5b1a0de1718ca8328ba3f',
  'tre-truc-xuan-lai.orders.jsonl': '065a3ba30e9fcb8f41ee582e23f17fd6cc8afa358351e3bf9c054359ab4637af',
  'tre-truc-xuan-lai.shop.json': '4024d6809b9ab0021d22d57760e23ea6c5a4af0410cb2ecf342942d300f6c164',
  'tre-xanh-dong-lac.orders.jsonl': '72143571e4c65daca052fea89dea822acf02e1c22286dd1b9a51fa6160c30e2d',
  'tre-xanh-dong-lac.shop.json': '468715d093af769ee2054b863ce48050a2e9cb6d61260a5b5abfebe7d716d3f1',
  'tre-xuan-lai.orders.jsonl': '0ca883b3f7cde0f68a590a7c17cc2c3166bcdc1d93438cb63248793d184eb286',
  'tre-xuan-lai.shop.json': '88abba062f1b4d06050336173b002751cc9b8bbd3da40a99054bdaa109a3a66d',
  'trong-da-nhat-tan.orders.jsonl': 'a7ccac2a4fb10b729e4c649121dcf1cd4d468b1cb95c74dd711f4a096b688ea7',
  'trong-da-nhat-tan.shop.json': 'd9b12295ebefb54fafa29de65063d5dab08bdfe0bee8840ea5803bca7a798083',
  'trong-doi-tam.orders.jsonl': 'ac42b8c3ebf3542dd03de1fa50bb0ea78e745af3d4f86f698fd0105e7ccc0b27',
  'trong-doi-tam.shop.json': 'c2f7e91bf59c6a6d80a655d610727cbe5c7cdde530c00eff140de7c2c1cfafa1',
  'trung-ga-vit.orders.jsonl': 'ce8d78b1be3da0d64c6bfe53c06f96ab47bc02ac5637a7648e6793ebdff1d0bc',
  'trung-ga-vit.shop.json': 'e77f90d9c8247a57c0444a93dd7a5c9c2579e0467cdf7ac3a6be7d3de53071a9',
  'trung-thu-xuan-la.orders.jsonl': '25df8ac2b874d6d669b7589ef2a2e5e37635f9353d047cf01b06928ec2c9c6fc',
  'trung-thu-xuan-la.shop.json': '80fe867818b3770471684c3f4ea9c085b964445839604a143300536873ca4746',
  'trung-vit-muoi.orders.jsonl': 'cee028de7f7da088a0750691344bf2a6f2c55697849b0bcaea83274b51d6f750',
  'trung-vit-muoi.shop.json': '46804b43c5cb067a968fed61534f8a6820014abe8b3889e20b3397de557783ba',
  'trung-vit-phu-thu.orders.jsonl': 'b2648e6b30d1231170f19cbfed3a409493f819ae9678c76646b8d222c8c8f918',
  'trung-vit-phu-thu.shop.json': '4786762af6c30e1531a0f243e00d51de59d3d6354cde5117ab535b9636648aa5',
  'truyen-tranh-sach.orders.jsonl': 'c662247f8b781f01b0bf25c726d0b45a98633fa5ad5d6def283a1b8bb6528a12',
  'truyen-tranh-sach.shop.json': '34136d8e9adada117e4fa45cf52c205ea41f1a35aefcec276e83efc256d447b6',
  'truyen-tranh-thieu-nhi.orders.jsonl': 'b3a12f5aafdc197582802c100417523871ee5bd87a65bf1b63b8e9487335a9a3',
  'truyen-tranh-thieu-nhi.shop.json': 'e84192430b843460df79d62a33f83c10ed4eca2785b4bb3e471fe33e50abf465',
  'tu-giay-nhua-go.orders.jsonl': 'fcac4a65375b5e3151ec4e0a3f6abca5a87a770a347ca714ae415e355afc00e8',
  'tu-giay-nhua-go.shop.json': '89ffdf871340722b56aacb84c06fc0e77e7c34951068af201fe6fca5d370356c',
  'tu-quan-ao-nhua.orders.jsonl': 'ca8ce8b8e58b5be7ffad2c3262d2c3a7a2aa833115c23fe1387788d972a186cd',
  'tu-quan-ao-nhua.shop.json': '2b9d3d3092e6a15a84cad714af1cec48e41826e1893a0c6da6fbc1af2e8a175f',
  'tui-chuom-nong-lanh.orders.jsonl': '70a19dc336e9c804a28684e64d82f36022926b6cbfb41d2d87150b051e9ecdbc',
  'tui-chuom-nong-lanh.shop.json': '54f1798eaa3d0864c2693cd43a610972640494304aaac8da47d0584379193703',
  'tui-coi-thu-cong.orders.jsonl': '1bf5774d26d45c6cb5fdfa91e3e0cf81046d5eeedae470a986e151e1d1220133',
  'tui-coi-thu-cong.shop.json': 'abac8776680233ee35b10124b37ab5a4814c6483bec5f58338533b0360fd50d3',
  'tui-dung-my-pham.orders.jsonl': 'd42acd233e19cf22ac0ff79528283d6b6adac52e0a3eb805405c8f3c38ea7a17',
  'tui-dung-my-pham.shop.json': 'c9e14f7b79661c2d00e6a4aacd1c522494f07dacf3cb5e8199b0afdb7af7d5b6',
  'tui-nilon-bao-bi.orders.jsonl': '9287d160945a9791a357a73d9c56aab79e049f25b606b1ca92c22ce1f2b55373',
  'tui-nilon-bao-bi.shop.json': '25e88464a971076cb00c78d27af1fdf35a99c56d1bd1d4d3928c125bd81616e4',
  'tui-thom-nuoc-hoa.orders.jsonl': '5c696dcf42cdbb69e2e27209847ea1baa26fc8b634ad5a00cf3fafd72958a8f9',
  'tui-thom-nuoc-hoa.shop.json': '8f5eaa84df0537cdc73d0d3c0c8a02096eae9242c91c0d8da826b51d6853408b',
  'tui-vai-canvas-in.orders.jsonl': '6db8a63f50b1b54b4fb2323780fcd162997b40f047977f027a3d98334ea93690',
  'tui-vai-canvas-in.shop.json': 'a34f9dd105d73cdcb2c59d750569a5a8de7ca456caaa7371785107cf44bbf92c',
  'tui-vai-xom-moi.orders.jsonl': '44a697bab7ee4fa99d02e306b32da6d28f82ebce2ff0fccf340f703a73d89b25',
  'tui-vai-xom-moi.shop.json': 'ce834345ae9f789c12f01558eabfce4634a3eadd57e3138b100e9c1d5517d9ef',
  'tui-xach-nu.orders.jsonl': '3695b292382788375ff9be56ee2bd71a4f7da709ff98eca0d6702f659896614b',
  'tui-xach-nu.shop.json': 'b43874ded43f9105da78770009be0238b62c61172ed071978898cce2654ec4b5',
  'tuong-ban-mien-dong-hung.orders.jsonl': '33be623eab5ee033f945dd4701e5b61bfaff8def94e4a8468970e663d53fcb10',
  'tuong-ban-mien-dong-hung.shop.json': '3e2a9e67a85dc2918e45e5dd4200ec6e2ea038a3c806aa2f18ec7f8fb2241854',
  'tuong-ban-yen-nhan.orders.jsonl': 'c69d23689283b06b440d8329ea7314a6c00005b2571a3573a5c4a7782941d285',
  'tuong-ban-yen-nhan.shop.json': '8a2171e4035028bdfb7404af68a196dc1c3e6a6c5d6b52080193921554027784',
  'tuong-ca-mayonnaise.orders.jsonl': '39842b109ad05a681912fc33d1417d2c275e7d3724844ee81b91244c6fd8b9d3',
  'tuong-ca-mayonnaise.shop.json': '18d571236eb6ab497abc7047eab80f4dfe815ea94bf9c092ee7714b4014e5eaf',
  'tuong-cu-da.orders.jsonl': '16eb9ce2f8b8cb5de475ac9c3b6ba1bf7a1cecabeefca3622a5e0da285dc7f57',
  'tuong-cu-da.shop.json': '613be1633b93e29314eb7a6d6180ccb4eb10959eeaf8899a8e6c32b2fe56e516',
  'tuong-go-bao-ha-2.orders.jsonl': 'c7d2a3062641accbb2f4ff26deab1333f786c592866778b634dce1e019de14ad',
  'tuong-go-bao-ha-2.shop.json': '1808fea853faee4e3890e0456f62cf3d481190e80d97deac103fda6e8c74d9ed',
  'tuong-go-bao-ha-3.orders.jsonl': '050e622806d090cf33ab244ef17719e269c5ed9adb125ba7b31d34388a6aa751',
  'tuong-go-bao-ha-3.shop.json': '3891e5c032a2c39c3fdf1813269237254ba4e7e5a5fbbe06261ba864f4a5cf49',
  'tuong-go-bao-ha.orders.jsonl': 'b9c079d8b13a0b021082e92420bc6233ea236e5ebd6892d1d0ee526095fd576a',
  'tuong-go-bao-ha.shop.json': 'dd1fb819aa9a8cd44efd0c41cb3a4726bfebc43c58348de8cf882f6dab248fb6',
  'tuong-go-dong-giao.orders.jsonl': '5552843ad748e39480cd1b00f30b13cc4a8a44ce14d7454199965c9d71477beb',
  'tuong-go-dong-giao.shop.json': 'bb902b6e935f60da9c3a5475995573e9c24ac30aa140d5e26525604e2b276288',
  'tuong-go-phong-thuy.orders.jsonl': '1d712a1c96dea4a45ebf8137456e8fb2a5abffc86c8aa61894ac5bbe9e42e6ce',
  'tuong-go-phong-thuy.shop.json': '0ea3818cee70f69125db2e0d1f4104181ebd19018df3f275258ac73cb17db006',
  'tuong-go-son-dong-2.orders.jsonl': '9ce7f48584d58dc9dab9bb646b91e3bd628e85b4e84c40cf37ba9cd5a67057c4',
  'tuong-go-son-dong-2.shop.json': 'be86dbae2f78a51d24276a91e1444673690e94e8ffbd044996003c3873d9c24c',
  'tuong-go-son-dong-3.orders.jsonl': '0675062e277338b90800d3d13c0566a981d937efc71f5acb503f56b55311de2d',
  'tuong-go-son-dong-3.shop.json': '49a4e73b5089cf72e77b4e5c03287a3047f98fc612508020c1f4b3a31fb36b1f',
  'tuong-go-son-dong-4.orders.jsonl': '55bc3ffeff5e8f9a037d300f52507f6cad21704d09348dc94634d2505bbf18ae',
  'tuong-go-son-dong-4.shop.json': '0626a80ed56e07a43ad3af222e1925a559c0ae3c002f5865da173fba849c427c',
  'tuong-go-son-dong-5.orders.jsonl': '9018ee1cf68829dfc2e9712a4d05134ce430f576d3e722cf05b1c356c36e333e',
  'tuong-go-son-dong-5.shop.json': '8945f8485b70522f7a4b5674d8590958182b4238e0d87ef3813ee3c68b01dd5b',
  'tuong-go-son-dong.orders.jsonl': '92e48d05e8f65171eb050af1402f1bc6827a093f838e1ab69d6717e07d756ee1',
  'tuong-go-son-dong.shop.json': 'da6cfcd9e9d7ca9ee0b233822292cf3445af21770ee83db4744487947e4cc22b',
  'tuong-mien-cu-da.orders.jsonl': 'f7e230bc1bf3e4bfb031301dae7ec647c97df5f83bf22c17f41e38f82e865467',
  'tuong-mien-cu-da.shop.json': '0fbf727122c25b494532f9030f4f004e469b7556a40f6e14b686abf1be325a91',
  'tuong-my-nghe-dong-son.orders.jsonl': 'b90d0e262e6a55fd65722a323c45bed0ebee538838c00bfe732e3fe0f9d3afcb',
  'tuong-my-nghe-dong-son.shop.json': '457b80792800ff25a60f488d7838476eb8558abba913a57291b823f0e46288ca',
  'tuong-ot-muong-khuong.orders.jsonl': '6b176a84940b4921092cb7c3c100f5a0c8b442e013285448438cf84a895b20ed',
  'tuong-ot-muong-khuong.shop.json': '4f91912116f58a4df69f77ee4c67b18a798ff7a38045910e9bd6f3f47e72e4a3',
  'tuong-phat-go.orders.jsonl': '447a3f53c14b2790c4c1ff575a2ff70e4cb995837c4f1774c7fdd881df396d48',
  'tuong-phat-go.shop.json': '1457a71c2755568751ec564d5ec49f13219785cf4cfeb7f94680589ce6f490d1',
  'tuong-que-nam-dan.orders.jsonl': '8f1f119b05e9397b7f05e96064bbd801ba89c47b7fe63324667b43e3daa080af',
  'tuong-que-nam-dan.shop.json': '619157522295d335e1cdeabc1fd8b051f3af0a13e81947c34d86bd018ac6b35f',
  'tuong-thach-cao-trang-tri.orders.jsonl': 'd5704170ee2e82a3b352385f12bb98ef3cbc5456c19000af0aa77ff3758b8bfe',
  'tuong-thach-cao-trang-tri.shop.json': '1200bb6a82114219f64626cbf8494fe497a184137c844af51aa6e7e27e8a44d7',
  'tuong-tho-son-dong.orders.jsonl': '1baeca863d829026c4aa5fbfa5617be5fbf0ecfc7d2d3da73e6149a0aa429352',
  'tuong-tho-son-dong.shop.json': '38a90f82a63d4d8fb19fba57bf629b24bd3d86e02059915c5283e752b433bc20',
  'vai-dong-phuc-la-phu.orders.jsonl': 'b1e41b375f6701e588accda479246659e01c39e3debfc3faa05a69966d3a7288',
  'vai-dong-phuc-la-phu.shop.json': '6c7eb00cee52e90fbb25ecb61c0492b6e5697e2fa3f0dcc46bc7afaddba33cd4',
  'vai-dui-ton-lanh.orders.jsonl': '9e68da7a132cdeab3f48da25e6bdbef593d8d0f7cfd3209d0bd7cd8e0d44b870',
  'vai-dui-ton-lanh.shop.json': '7f6994db3663ae39ac6e3bfe191f163fd8b2ca0c8334a4a2b8430cfbb7d0778a',
  'vai-lanh-thoi-trang.orders.jsonl': '2eb3fb09e47e24c4044f6367b49535a54ebaa8e7dd0171b60fe69c89f7e152fd',
  'vai-lanh-thoi-trang.shop.json': 'a8059d1ae8cb68d33b4b3d163d16116e4e782a1aed198c4c9545f879af9a4c7c',
  'vai-may-theo-met.orders.jsonl': '90111fb16623c48049b5ee5c43d9fd22054659bbb76a68f8461a38c7e3510bcb',
  'vai-may-theo-met.shop.json': 'bf5a3e8aa6cbe1b4cfcc5696dcff8064bd85ecf972b4d9ec40d0421a99a794db',
  'vai-ninh-hiep-2.orders.jsonl': '9da450a6c7005c8350613155c35b6f9fa54e2e62367de421a83fd8d7820ed384',
  'vai-ninh-hiep-2.shop.json': '91c492a49ffb0b288f47ceee5e1b29bf77f6f30b6d4822d62c314e7cfba5d7f4',
  'vai-ninh-hiep.orders.jsonl': '4ecc04354e1167061d9bd673890de14973852706a26509fe7b34078b1e6bf250',
  'vai-ninh-hiep.shop.json': 'acbfa60b14a57c3c584eb11ea8d21c20ca0decb86d809c809e022372abaa426d',
  'vai-rem-ninh-hiep.orders.jsonl': 'b10d6d9224c0fcb3483267fa03cfa9dc948913d18105e88302b7a47b9c62eac7',
  'vai-rem-ninh-hiep.shop.json': 'dedbded8fb3bb54f2485ab776c5f43bd8539f8dadd5b24b7018e17802793d623',
  'vai-thieu-hong-giang.orders.jsonl': 'c43eed10d7b5caf102dcc9481388e4468a026c1bdd651da8d20ea3cc639c0890',
  'vai-thieu-hong-giang.shop.json': 'e507a192cd5ec268f6980dffa71f5f07c245eca55a991e28af38b6496bfa1769',
  'vai-thieu-luc-ngan-2.orders.jsonl': '9f268963f3f410525fa67c490a80e6bdfe6a249a608305bbe734898b0b417a1b',
  'vai-thieu-luc-ngan-2.shop.json': '9ff1e581dab904a107a485f07eeabab6c653783dee2ab4a02a2db4917a9df031',
  'vai-thieu-luc-ngan-3.orders.jsonl': '30c00ade46f7be2012d0763ec8c9bb03ac819cbde9b8b569b14698f4f869993d',
  'vai-thieu-luc-ngan-3.shop.json': 'c229b757e0ae51285134361838bdd6ffedbe0770853dff5564e22fd535c14714',
  'vai-thieu-luc-ngan-4.orders.jsonl': 'b5d9857efde6a07618659ad6bb2aad9c4f2793f636bf6963af78af1c39f9d835',
  'vai-thieu-luc-ngan-4.shop.json': '8d8160d8f81765fbee03c109576e2cc7be55ba31903102867bb985cdd8bdf015',
  'vai-thieu-luc-ngan-5.orders.jsonl': 'd3b49a8ef6f3052eeafa0db440d9dba7eaf2f1afc23b60e7d073c0c1c442b87e',
  'vai-thieu-luc-ngan-5.shop.json': 'f7da72ad609c936b53c998f22f4948c624c9cc1b671891e8bd39cf6fdff25810',
  'vai-thieu-luc-ngan.orders.jsonl': '711b8049b86715dd31260aa5c33d9f52c6060baaa1113a9697da329c6e532b22',
  'vai-thieu-luc-ngan.shop.json': 'a2dade439ac071b2ab62142f57809ce7e1de48bba5b2cf0d787b98033d4a0a15',
  'vai-thieu-nhan-long.orders.jsonl': '206e896933b4fe5f70f919a2f81c1dfed3706d8321899b3c256f3f509f9ff60b',
  'vai-thieu-nhan-long.shop.json': 'eaf61f28495e44a13bf53cbaae92caf62f4070bec7321f1d8ca5d1318e7c9da5',
  'vai-thieu-phuong-son.orders.jsonl': 'bc7d505ff32f25dd2bc1e092c2332b98570701974e3f1a853ee82701d60a6496',
  'vai-thieu-phuong-son.shop.json': 'f44b2bd8e121893f8964b23719256a4b06c5328ff35f87d69936de021754c733',
  'vai-thieu-thanh-ha-2.orders.jsonl': 'd2af58b3515946105f6d979203584ffb952735c623a60677a9f0239e4d85265f',
  'vai-thieu-thanh-ha-2.shop.json': '015e1dfb83ed5362ce9b4a569793e458c48a40082915216c251e1eb9f5364d82',
  'vai-thieu-thanh-ha-3.orders.jsonl': 'b3d525afec1afcaf2535af3a61e67ff72290bcbce4a5f9f3553efe36cd5e4757',
  'vai-thieu-thanh-ha-3.shop.json': '7ca1de5bb77fe6ae66ff3c784178c26f8ac94b23b6e6182e5d6a31289b77c21a',
  'vai-thieu-thanh-ha-4.orders.jsonl': 'f4462b47890c46725fd60f8a14d375519b6cf8275c6179edc1aefac1bc924a35',
  'vai-thieu-thanh-ha-4.shop.json': 'ec7d65cac08cf9a62e688fca1a8c8661e82d0c55ea35fee257a415fc439a4cde',
  'vai-thieu-thanh-ha-5.orders.jsonl': 'd755b3c6e8aa8136fe5b9b427aeffd414ac34ec76188035889c87e6b89346a7c',
  'vai-thieu-thanh-ha-5.shop.json': '1b410b6f4ed8d532dc7d1e8ec031d05a811c812e1a666ae2bca672cd7ff458f0',
  'vai-thieu-thanh-ha.orders.jsonl': '1f3bd8996ea17a16fa9e9218f4c945700a6efaeabdc3479dedc36cdab4d138ee',
  'vai-thieu-thanh-ha.shop.json': '9235c1f5a30e8d112993a918a666d2adaf15a654b003d856a22ba38f9dd6c720',
  'vai-vun-trach-xa.orders.jsonl': '04e451eb5ec54e422b4ffae147df807653957ba488423dee196d10caaab0ea18',
  'vai-vun-trach-xa.shop.json': 'adba4062311eb5193b602c5dad014522920bb3de360e7ea3e963856dd46bce99',
  'vali-balo-du-lich.orders.jsonl': '8b9ad76648b7d064a86de85fa686a75b497253e65376e3395e55bf443004d823',
  'vali-balo-du-lich.shop.json': '956612a7ba672e372eac623a85af910c082ea0ee7941f33aa423708ab456cd50',
  'vali-du-lich.orders.jsonl': 'cff42ae98471d0351f0ea0b8ab1220ef50f95b680bc606c4e7a3d6b259dd9411',
  'vali-du-lich.shop.json': '679d3e20d3fd789ec90519fdf7d34186746afccc4e9934e0000c95fed4a82254',
  'van-ep-go-xay-dung.orders.jsonl': '11cfc0253e8ae1e94981bb9f13a141b516c59fc4d032b51c824dcb000edd113d',
  'van-ep-go-xay-dung.shop.json': 'e700692edada50752a2e8f319e345128fece922dc8ab218124613a1af7422d0c',
  'van-ep-tan-uyen.orders.jsonl': '564cb4b80b3a6b187d6568f1bc8ed674d1d06ebff7ff3ccd95e71b66e97fd530',
  'van-ep-tan-uyen.shop.json': 'e20b1458b7e20b33abbf53f33e0bd3d6064bb32ba838e9f4d11502094822e89a',
  'van-phong-pham-tan-lap.orders.jsonl': 'bea23473d49e8bb232fe77a209dcbf8e3c1ea856563276c2f85542f75b17c550',
  'van-phong-pham-tan-lap.shop.json': '39eac0120218cb1d8017d2c867b3349012d2b07933601239f0c0628c66d93313',
  'van-phong-pham.orders.jsonl': '7a880f0f1b12070ab98d4b6914c15814fdad484a88dbc4de58917638a572b12e',
  'van-phong-pham.shop.json': 'dae23df768e9dd38f7ea32af501d4d3d449680977c59b64019933520f21a7640',
  'van-san-go.orders.jsonl': '4c5186ccef1eb6b326f635aa5198ce7061370b97791a348ab9ecee46afd87870',
  'van-san-go.shop.json': '77f01c2429ecbc3523252adf733962d4f739f2c6316be1f114a3b96b1f39e1a1',
  'van-truot-patin.orders.jsonl': 'e16c1c16fff97cf0bfc056f5f610ed177277a7842ab14f1dd2f2424a773fe438',
  'van-truot-patin.shop.json': '7f1473b2a9819497fac02f71221256f3023a03c7727874f36b36381bb85a3481',
  'vang-da-lat.orders.jsonl': 'b5fc59b652a95eed4d7356f233ea2ab05082e9176834e20c16d2ba06f2c98741',
  'vang-da-lat.shop.json': '38db0b1d196470058ba32b0b788671da11de6431ff8b2c1d255f54d60eabac86',
  'vang-ma-huong-nen.orders.jsonl': 'e04e63b991d75f6c9c0a316ed975f2306b6aa7ef9830a64eb560d677d61a089d',
  'vang-ma-huong-nen.shop.json': '6bea5803566837744374db5fd241e32aba4872a63597244902ee3ebd314fed69',
  'vang-quy-kieu-ky-2.orders.jsonl': 'c9e83420232dbc4fa60a2b5c1b022b41af1a2ab54d7a25c3aad8f6bd86c51612',
  'vang-quy-kieu-ky-2.shop.json': '4f80e2db29d75648ebc43d9d9af0f5dbb86a2ab9f46d34ebb4c704c5fa2d8a94',
  'vang-quy-kieu-ky-3.orders.jsonl': '624ba2a9b03c37736de7b359089a3a712706386379019250251ce8555d9082cc',
  'vang-quy-kieu-ky-3.shop.json': 'f2c2a4f4f89b5ca2e216997614f15bec7b1a1167a38c799a27c6fcd81e1292df',
  'vang-quy-kieu-ky-4.orders.jsonl': '27d5d9cd9e844d59ecfe5b3dc7f585179228fb70a6b21f26d1ca74d3d4c44a6d',
  'vang-quy-kieu-ky-4.shop.json': '6ca42649db3daabedadef2c9e634ff513f52b3ec77e8a7abdcda982c8a00ef97',
  'vang-quy-kieu-ky.orders.jsonl': 'bf8e456a4cf32b53996c92448866be0d1e3e3bfe82dd5dac50a7deff13fd2b1a',
  'vang-quy-kieu-ky.shop.json': '48283d8b5bc58cbd5124f91f1a9c5948c66e0fa09b53e0f1acd08bcbb29099b4',
  'vat-lieu-xay-dung-2.orders.jsonl': 'b35de97bbd589c7a607c1a92758ed575b0db521b8646d5fe12e8de21e95f38cb',
  'vat-lieu-xay-dung-2.shop.json': '6fd9cf02ee8a3e2081ca5029c3dd3831f30d6ad257d55c477c4afbd83fe42dc2',
  'vat-lieu-xay-dung-thanh-ha.orders.jsonl': '4e836c5e6d51643266e502c8b21a31be0137bda8483bd589aab3899976a72818',
  'vat-lieu-xay-dung-thanh-ha.shop.json': '66f89a02b25d42cd066e9df9605006e539461424f06c9bad9177cf2c069fdfc4',
  'vat-lieu-xay-dung.orders.jsonl': '4af98a52823aa742f8d38923535c0d562ff5d610a5c15d3574c7820ed5b8b741',
  'vat-lieu-xay-dung.shop.json': '4a06b1939feeb2bf96f21126b9dfd97dc30eb617042d14a75b82190250d2156b',
  'vat-tu-dien-nuoc.orders.jsonl': 'b20413d615998529383265e1fe91386e7174fcd20ba70b82cd67a96eba917c21',
  'vat-tu-dien-nuoc.shop.json': 'f37cd38649ae52e0dc6ed87f183cde0e68283e695a4e789eead460f8020e86a7',
  'vat-tu-dieu-hoa.orders.jsonl': 'ec8e301c81014b40f6e0e75d6f14e505c1485186877ee3042304fdfb521139cc',
  'vat-tu-dieu-hoa.shop.json': 'eb9929a52d7d103dadc526a176aea175e9b6b4f8a5238f523471616327b003b3',
  'vat-tu-han-dien.orders.jsonl': 'fee2edae85d052f010a96db4db0043d15d06ed48de618443a70e12c77e463abf',
  'vat-tu-han-dien.shop.json': '7d497c3080b8a997f1d192ca0a5ea6dae4242353046e76b5bb66e697d06cf03d',
  'vat-tu-lam-nen.orders.jsonl': '217542c5e55bad761e48ff00c3049634f7d95225effc1f5da27cb3c336afb9d1',
  'vat-tu-lam-nen.shop.json': 'f14d9a275d8419f3dde97e2206cebc4a83a735c326efa489961a2df75326aca3',
  'vat-tu-lan-me-linh.orders.jsonl': '235ce41f5f6c01a701d7a16b6ed6d7bd9dfedcc7f7b876f9564ca72fddfd9a28',
  'vat-tu-lan-me-linh.shop.json': 'e0218508acbfa9d5abee28b65ea2731c2b4027959dc8cd78e52bb2a51ddc558f',
  'vat-tu-moc-la-xuyen.orders.jsonl': '30c14eaedf7a49842c5d0de1c3bcf5fad56b1d36e490e058efd1bda12f3bd83d',
  'vat-tu-moc-la-xuyen.shop.json': '5d72f06f84fa2d20bc3440b9487e4a7fdd53ea4fef4f03a4aab054afd85eef3a',
  'vat-tu-nuoc-dong-xa.orders.jsonl': 'fe6c821e7e181cb7b11c719b93505c071226b043997ff48df930af6ed05ff1b5',
  'vat-tu-nuoc-dong-xa.shop.json': '3abb5ab9e64361efb5d3551cc026dfed3480a747cf54651e087a162904a7cf12',
  'vat-tu-nuoc-phu-lam.orders.jsonl': '70255a88e72586f6166b9646901b6b5d56fb38210d98001d1d2e6f6415843d5d',
  'vat-tu-nuoc-phu-lam.shop.json': '1b9be37ff25099232c81ffead6fc51996da3c8e8e88343007e8c6f8847d5ebad',
  'vat-tu-nuoi-ong.orders.jsonl': 'a4cbd87cc808bbe5cfeb86906d5d3e3d7e47367d3db554b1f3f9a8d27913ecce',
  'vat-tu-nuoi-ong.shop.json': '4dc29e77179402aa307fd95dd7f8e84cb8490692b375948abe4ceb604849f912',
  'vat-tu-quang-cao.orders.jsonl': '528258fa1dd0349e337adbefab0559883522618b4fe8f729fc61b4578e26b22f',
  'vat-tu-quang-cao.shop.json': '8351f4964a559ecb549d4fee9a6eb187f9afec6602403b924c9d31e830bcfd46',
  'vat-tu-thuy-canh.orders.jsonl': 'de7cd6c8f0d39104a96a1bc32d1a8ec23dc1f50163cfa5f7e4b6af5a88cb8e98',
  'vat-tu-thuy-canh.shop.json': 'bd3a60c522ae0cc22a20a7c8934437b04749b8492d111f951200a1b3c7c42cf6',
  'vat-tu-y-te-an-khanh.orders.jsonl': '6d5b892935c7f52cd1da00fafdc564486c7726b39f9df366cc3c985bec13e11b',
  'vat-tu-y-te-an-khanh.shop.json': '48d1eede5214d0b50fe4cf623549902291118709b32ad72e0793507d35b7ab15',
  'vat-tu-y-te.orders.jsonl': '34da73782c7d98ff8fed8b2402c5dea046269f37ed3777685b358f9fb0b59121',
  'vat-tu-y-te.shop.json': '822353864689476683cfb92c76f3caa3c4409b2aa2c924e121ea01a3828934da',
  'vay-dam-cong-so.orders.jsonl': 'effcbb4dd8d1b17b06fe42c990a5de3c25b5b2c27cf9995e1d381d758df494ad',
  'vay-dam-cong-so.shop.json': '9fe9463739101e8d7d6029046f14454d5c39d1ee9c207c63cea79a57ac82c466',
  've-so-xo-lich-ban.orders.jsonl': 'd966f26b6f979f6695c44ab945b9443e9ece95d9afbfcd8ea36347b4d5828d53',
  've-so-xo-lich-ban.shop.json': 'cb136764c20c1bd87754718531670f23b2dfdd870211b28fdc9126dc91031383',
  'vest-nam.orders.jsonl': '2e82002a8761be85b72a094932191f2b76c66d1dd444f7add584b17eb275c344',
  'vest-nam.shop.json': 'a1527c4180b230d99ed94738f7c3bde7031603cd0384508323bf1d70ea747ee7',
  'vit-co-van-dinh.orders.jsonl': '84dba244811b2174276145468bf42bfafd3061d38e34df658753f1aea19a3345',
  'vit-co-van-dinh.shop.json': '67379c39f8f948bf0deac7dd8e4f4b7c71523651d5bd631151d1d153d7cadd6a',
  'vit-quay-lang-son.orders.jsonl': '7b81b77202b5c8570cb33fcbc493ba741f79dc8bad205ef913399c9663b9fa48',
  'vit-quay-lang-son.shop.json': '6e6095e6a7a9200c6f64da69745e7c08a24ec07a889f0fce070f54b9bc3dc6b9',
  'vitamin-thuc-pham-chuc-nang.orders.jsonl': 'a70ece63c556241df6f6ade66a87153b41c0c3cfdf2590757e0f9e58b10fb24c',
  'vitamin-thuc-pham-chuc-nang.shop.json': '3f2e62d9f380feac9717618844ac9a7699f33877f9161414e008d926ec9f0d01',
  'vo-but-hoc-sinh.orders.jsonl': 'c583649ce9073ec703daeff4fe065db47f812171859fc7846c455eea21ab64ca',
  'vo-but-hoc-sinh.shop.json': 'cafccf1a090cb758d1cba197c358502d5c8fb2cc3738370e993dec244bf86552',
  'vo-hop-giay-dong-goi.orders.jsonl': '2e7be106339e34c6310c0edce86cbab711d2c8ca2f221e23f3c3d4a11c4564ba',
  'vo-hop-giay-dong-goi.shop.json': '8ebd66b6449ce0f1ef059d9d4fa5528e9f1c3f3ee1d021f14f7054960c25e034',
  'voi-sen-chau-rua.orders.jsonl': 'a9fd1fde88334de5388aff8858168e90e3f0d0c4f517148c368576414041c024',
  'voi-sen-chau-rua.shop.json': '9b869de41fbb7e414ba7eca8420b69b91b72de06f01c4aa7261a772c166eae81',
  'vong-bi-day-curoa.orders.jsonl': '8ddb257bda270b700ea7914225aedde797fc93847f42d0eb8bd8461bb1d9e344',
  'vong-bi-day-curoa.shop.json': 'fab43502566a0c1c924fb6153f765f4ddacbe9cc7240b9d917e63f9215db1ef6',
  'vong-tay-da-phong-thuy.orders.jsonl': '1eef2e2df7c2ad36e5880f3bba23be7d2d60d54f79a503d60fc359fe2e175276',
  'vong-tay-da-phong-thuy.shop.json': 'cc236e263226b453a83672ca8cd721c2c7ce736127d3d8450eaf233a50b3cc23',
  'vong-tay-go-tram.orders.jsonl': '329c1a4c8deb8fe009cfd61dd4979549d2d5db55f9642d3abcd61626021eaba4',
  'vong-tay-go-tram.shop.json': 'a69aeb7bb665b46426119a3652fed018c45443756f022a1c65ad11cba67c6bf8',
  'vong-xep-vong-du.orders.jsonl': 'fa8fec35c02ff509d0160dce76cb1f5e76a6232c9e684e5c91e99d96713bb700',
  'vong-xep-vong-du.shop.json': '851af1fb3803c9ad91aadbc242b77c5eb14cae15e7796f0a1ac0ce2bebbb6bb3',
  'vot-pickleball.orders.jsonl': '70e08408116a686d1e38287f6cb17db16ef728b57dae3166ac2384cb569d88c2',
  'vot-pickleball.shop.json': '65fae274739c30f24d6e8d0960fb9718913c1c4518cf0aa4a62204cdc53ba553',
  'vot-tennis.orders.jsonl': '5e5a27f2a8a5c309c59a6b4a9f5c2acad9ede7fb8df399854f26b1fe27982d51',
  'vot-tennis.shop.json': '3def59b1483eaca5f764654780b3e7012562ed292ed2ab3af41de91b1494bbd4',
  'vuon-trai-cay-phong-dien.orders.jsonl': '889fe101be789577067540cee0bb719de682377f04c7d3ad6f2f7877695af99c',
  'vuon-trai-cay-phong-dien.shop.json': 'd363f57743f222591578769fd2324035e9a3e897a5ca12ac81b29a4a2f779d9a',
  'vuon-trai-phong-dien.orders.jsonl': '2b99464adb7c42f01364fb2d20cd2d17291ac784027fce0225a2feb218fe440c',
  'vuon-trai-phong-dien.shop.json': 'cbc733fe455aee449bf4e677965ff0c31f378be1215cb4637fa9e587a7e44688',
  'xa-phong-mai-xa.orders.jsonl': '6b094e7985127cda77ad78848f6c5acce9db6c7b1789097fe10e96d6c7ed9013',
  'xa-phong-mai-xa.shop.json': '9a617ab95fe9df7cd31431380ce564805a1584582a9ccdeba5f0df99b445a9bb',
  'xa-phong-rua-tay.orders.jsonl': '8a218a786e6804796c01b5e31a855bcac503f6a78a368d41bf3edeb2ab6d2198',
  'xa-phong-rua-tay.shop.json': 'd55b75533e01e9d146b4e140cae516d0e92f58e78b31453cab210013f7c15d48',
  'xa-phong-thu-cong.orders.jsonl': '4765fcf80156cbda20a91d1c522ea35452e825bf74e9f870f60fd39c88ae08b6',
  'xa-phong-thu-cong.shop.json': 'b4baba3131938b0c793a772904c11e480b6e359ee30970572a29c37ae1851f2b',
  'xe-dap-dien.orders.jsonl': '7f796f29694c01d31e4a35b5b7f022e4b03b00215d75f23009c8e18d68df6864',
  'xe-dap-dien.shop.json': '705eec102cd0abb1738a9fe10ff303d17d505c9601c6d013a53e07d784c8e20d',
  'xe-dap-phu-tung-2.orders.jsonl': '1299968cc3d1708cf3ebcc804adf1d8ef66b16b74e32a59185e534a72c3c29c0',
  'xe-dap-phu-tung-2.shop.json': '70d81c3713a686ea368a5aa72805fe6071c1bd1a05a9237057d3569bb8c00364',
  'xe-dap-phu-tung.orders.jsonl': '6744d165d7cc8fc24cb50153528af789109e2e644cad2b263ee6c64059ba23ff',
  'xe-dap-phu-tung.shop.json': '3c09f2b63ca1e9930e043b1100e3cba7ac8764978b3f7540511f8ffc7d77a548',
  'xe-dap-tre-em.orders.jsonl': '5384c348d9378d932c890066d79fed459d0fa9fb4c132a60daff75d189e7ffd0',
  'xe-dap-tre-em.shop.json': '515254de5b4226d89c90c3799f0e4d93da85b66c1288a9b03c232629bb7c806f',
  'xe-dap-xuan-phuong.orders.jsonl': '8653595e853c4270a31641ac1ff9d4f73f437aa8e1d44155c56a96a542532159',
  'xe-dap-xuan-phuong.shop.json': '596970ca38cc37e899a57b25b14015937baa259c45f336115bbaffdcf030f42d',
  'xe-day-tre-em.orders.jsonl': '9de2d9e512a45162d20b839650b429b18c134d964fbef2263fb82ec7ef6a8ee3',
  'xe-day-tre-em.shop.json': '00d0264f440f5775c0b787fd5ffd95fe732fd0b3070533aeaa26ce659f2f6257',
  'xe-dien-tre-em.orders.jsonl': '6a4943f48e74abdd225cd91e94cf51e7640674d0d0367283ebdeddca8e2d544d',
  'xe-dien-tre-em.shop.json': '23a5ada6950aea1145c603242f714be939e0cc6ab5a9c597172337621dc34fb1',
  'xe-lan-dung-cu-tap-di.orders.jsonl': 'd373601f1176bf0c9fbab8ee135de788bebadf57ae7349af44116458a7321651',
  'xe-lan-dung-cu-tap-di.shop.json': '706cdf846388ed876c215361d7fcbb28710ceec0b72328b8ea00f25f66723cc5',
  'xi-dau-tuong-ot.orders.jsonl': '20cf8b7861d3766db4db3a5d7b128ff7aef3cedbb9eb23bd877bb101757e4237',
  'xi-dau-tuong-ot.shop.json': '8210f05e0f6ddd828aff4d671a086f2d30f3caa2e4c996c1254404c53a3b894e',
  'xit-khoang-toner.orders.jsonl': 'b394e05d0421b092c98d761bfc9099c59f22ec7c048d6680dd5c33cc0c89a72f',
  'xit-khoang-toner.shop.json': '75734b5ad0cbd3d51a85043fb58158ef384136ddd13a850efa193f3c9bb3788f',
  'xoai-cao-lanh.orders.jsonl': 'abbd67b55a69da1787b8c49f2ce8ef5c2d80c6b88119e491e8c2af4da46d8218',
  'xoai-cao-lanh.shop.json': '6551ceaa85581d43817d55fa4d21f1c41ca6ef9440f9037349b0a6f2bd308f9c',
  'xoai-hoa-loc.orders.jsonl': '070ad0714226c74e065cddffae11e8a213baac5d3b44be9cf7cd3b9c6718909d',
  'xoai-hoa-loc.shop.json': '3a14b9872f023026617e2c7e48d8e572af42f01be06350767a22d2e614a2e0b9',
  'xoai-ke-sach.orders.jsonl': 'fdf1f47295b9d2cb18d47457e977eb4df83ce24126c796b6cd197744709532e9',
  'xoai-ke-sach.shop.json': '4351269508161e84bc36701b7a18e3ad9ab77d6c749f74ea0c44d312e8c2d302',
  'xoai-my-xuong.orders.jsonl': '87cf8d3b89f04b4453eed30fb35aca90bf5bf64f023f4c9410c363d36f8d22e1',
  'xoai-my-xuong.shop.json': '8191ee5f06f2e749768b06fdb6de122fb290f99c0e3b8d628ac1306fb6d58ca9',
  'xoai-sau-rieng-mien-tay.orders.jsonl': '89efeb60b4d00f2e713946b74f965d11a74c9e5c7574ca00067c09d1fc797378',
  'xoai-sau-rieng-mien-tay.shop.json': 'eb05357f85bb18ad2fc1e521cffd02a9d2f13658626cb40ac3e3bfb8cca6381d',
  'xoi-banh-phu-thuong.orders.jsonl': 'e5d05763300c032baf91be6e09647ad42dd34ddd145f4eea9381213c74d1fb28',
  'xoi-banh-phu-thuong.shop.json': 'a61541a895f10fccacb4a419b56e20845f38ffb0dd6a2ea4ba664c9079711813',
  'xoi-ngu-sac.orders.jsonl': 'a3cfe0d277a2c4cc5027d67bfd0461cc00668e604c08f36891e4e55ec0616b9e',
  'xoi-ngu-sac.shop.json': '2c5d352fa11c9493590815324830ae0205aa12993c1173d37ca30bd47cbed25c',
  'xoi-phu-thuong.orders.jsonl': 'ccac949c4db1ddc5b4fc531e29ece82b95d3b4cd0e57e2bb665ce1c281149c00',
  'xoi-phu-thuong.shop.json': '797a4e4f86e2c521a5ef812d2036e913fad6015c0a17685940d4ecd95de2dc4c',
  'yen-sao-khanh-hoa.orders.jsonl': '5f8b6031cc163db96e4672570869e2edd63eb86ef5f3b15973d53b1325a8dafc',
  'yen-sao-khanh-hoa.shop.json': 'd9c7dfb03655cd8a0713a5db0b766ed2916fec4faa0105f25c4ea100a249ee5d',
  'yen-sao-kho-ca-ninh-hoa.orders.jsonl': '1d5a2e0fea1e456934a903061c3e262401c7b1a7f59d37cda9d9014e2c1c7381',
  'yen-sao-kho-ca-ninh-hoa.shop.json': 'd04987940aca7431d9ffbe95474de1155b651aa8ae5b08c29139e2eea501cdba',
  'yen-sao-muc-kho-ninh-hoa.orders.jsonl': '501065f2b125cd263849694ab8d3fe51d04fbe525e432ee482d7ef704e8af54d',
  'yen-sao-muc-kho-ninh-hoa.shop.json': '86cd09dfdac5a28b472c0aa0e8aeccc8f9efdffff4f172c4708fedfc82e0cf38',
  'yen-sao-ninh-hoa.orders.jsonl': '90b4d30540c599f5d8cbad6d451232dffc67b605ccf96b1617a901f9beebb37c',
  'yen-sao-ninh-hoa.shop.json': '3bec9f43911905bb078273bbd187484f25075173344f25839d208365aafdc0b2',
  'yen-sao-vinh-luong.orders.jsonl': '154e390d7cbfa6fb77cf7d9cb2298a24d69d6b0cd5e44a4391354a447b27136f',
  'yen-sao-vinh-luong.shop.json': 'fea3781b439879678c03afb37e760da0eb95bb2dbeef90456125326497962160',
  'yen-sao.orders.jsonl': '26ccc2538f562ab54d17a34b1133a4e52ca10a9fcbd52c493ac49f5f2d459972',
  'yen-sao.shop.json': 'e1c54602326fdc57628cca1cb2079c1370aaf1035dbda65394d9fb8cf5c4b1b8',
};

const SETS: { name: string; floor: number; maxWrong: number }[] = [
  { name: 'ac-quy-xe', floor: 0.91, maxWrong: 3 }, // now 156/170, confidently wrong 3 (placed 3)
  { name: 'am-chen-bat-trang-2', floor: 0.88, maxWrong: 5 }, // now 166/188, confidently wrong 5 (placed 5)
  { name: 'am-chen-bat-trang-3', floor: 0.90, maxWrong: 4 }, // now 180/198, confidently wrong 4 (placed 4)
  { name: 'am-chen-bat-trang', floor: 0.90, maxWrong: 7 }, // now 161/178, confidently wrong 7 (placed 7)
  { name: 'am-thuc-ban-lac', floor: 0.90, maxWrong: 11 }, // now 171/190, confidently wrong 11 (placed 11)
  { name: 'am-thuc-ho-tay', floor: 0.92, maxWrong: 3 }, // now 171/184, confidently wrong 3 (placed 3)
  { name: 'am-tu-sa-chen-tra', floor: 0.96, maxWrong: 1 }, // now 170/176, confidently wrong 1 (placed 1)
  { name: 'anh-lai-xa', floor: 0.85, maxWrong: 10 }, // now 163/191, confidently wrong 10 (placed 8)
  { name: 'ao-ba-ba-may-san', floor: 0.94, maxWrong: 1 }, // now 142/151, confidently wrong 1 (placed 1)
  { name: 'ao-dai-cuoi-cho-thue', floor: 0.83, maxWrong: 5 }, // now 144/172, confidently wrong 5 (placed 4)
  { name: 'ao-dai-hoc-sinh-tan-chau', floor: 0.76, maxWrong: 12 }, // now 137/180, confidently wrong 12 (placed 11)
  { name: 'ao-dai-may-san', floor: 0.98, maxWrong: 1 }, // now 176/178, confidently wrong 1 (placed 0)
  { name: 'ao-dai-van-phuc', floor: 0.87, maxWrong: 7 }, // now 175/200, confidently wrong 7 (placed 7)
  { name: 'ao-khoac-phao-nam-nu', floor: 0.97, maxWrong: 0 }, // now 168/172, confidently wrong 0 (placed 0)
  { name: 'ao-khoac', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 2)
  { name: 'ao-len-dan-tay', floor: 0.94, maxWrong: 2 }, // now 165/175, confidently wrong 2 (placed 2)
  { name: 'ao-mua-hoa-xa', floor: 0.93, maxWrong: 2 }, // now 175/187, confidently wrong 2 (placed 2)
  { name: 'ao-mua-o-du', floor: 0.94, maxWrong: 2 }, // now 163/172, confidently wrong 2 (placed 2)
  { name: 'ao-phao-cuu-sinh', floor: 0.93, maxWrong: 0 }, // now 160/172, confidently wrong 0 (placed 0)
  { name: 'ao-so-mi-cong-so', floor: 0.94, maxWrong: 4 }, // now 160/170, confidently wrong 4 (placed 4)
  { name: 'ao-so-sinh-do-be', floor: 0.98, maxWrong: 0 }, // now 178/180, confidently wrong 0 (placed 0)
  { name: 'ao-thun-in', floor: 0.93, maxWrong: 0 }, // now 162/173, confidently wrong 0 (placed 0)
  { name: 'ao-thun-la-phu', floor: 0.87, maxWrong: 1 }, // now 162/186, confidently wrong 1 (placed 1)
  { name: 'atiso-da-lat', floor: 0.86, maxWrong: 6 }, // now 172/198, confidently wrong 6 (placed 6)
  { name: 'atiso-trai-mat', floor: 0.92, maxWrong: 6 }, // now 178/193, confidently wrong 6 (placed 5)
  { name: 'bac-cam-vu', floor: 0.80, maxWrong: 14 }, // now 160/198, confidently wrong 14 (placed 13)
  { name: 'bac-chau-khe', floor: 0.90, maxWrong: 6 }, // now 180/200, confidently wrong 6 (placed 6)
  { name: 'bac-dong-xam-2', floor: 0.85, maxWrong: 9 }, // now 167/195, confidently wrong 9 (placed 9)
  { name: 'bac-dong-xam-3', floor: 0.85, maxWrong: 8 }, // now 165/194, confidently wrong 8 (placed 8)
  { name: 'bac-dong-xam-4', floor: 0.83, maxWrong: 15 }, // now 166/198, confidently wrong 15 (placed 14)
  { name: 'bac-dong-xam-5', floor: 0.90, maxWrong: 5 }, // now 181/200, confidently wrong 5 (placed 5)
  { name: 'bac-dong-xam-6', floor: 0.82, maxWrong: 7 }, // now 163/198, confidently wrong 7 (placed 5)
  { name: 'bac-dong-xam-7', floor: 0.91, maxWrong: 7 }, // now 183/200, confidently wrong 7 (placed 7)
  { name: 'bac-dong-xam', floor: 0.84, maxWrong: 7 }, // now 158/186, confidently wrong 7 (placed 7)
  { name: 'ban-chai-dien-tam-nuoc', floor: 0.92, maxWrong: 2 }, // now 173/187, confidently wrong 2 (placed 0)
  { name: 'ban-chai-kem-danh-rang', floor: 0.97, maxWrong: 0 }, // now 175/180, confidently wrong 0 (placed 0)
  { name: 'ban-ghe-cafe', floor: 0.94, maxWrong: 3 }, // now 163/172, confidently wrong 3 (placed 3)
  { name: 'ban-ghe-go-noi-that', floor: 0.89, maxWrong: 6 }, // now 161/180, confidently wrong 6 (placed 5)
  { name: 'ban-ghe-lien-ha', floor: 0.92, maxWrong: 1 }, // now 158/170, confidently wrong 1 (placed 1)
  { name: 'ban-ghe-xep-nhua', floor: 0.97, maxWrong: 1 }, // now 167/172, confidently wrong 1 (placed 1)
  { name: 'ban-lac-mai-chau', floor: 0.92, maxWrong: 3 }, // now 183/197, confidently wrong 3 (placed 2)
  { name: 'ban-phim-chuot', floor: 0.91, maxWrong: 3 }, // now 159/173, confidently wrong 3 (placed 2)
  { name: 'ban-tho-son-dong', floor: 0.93, maxWrong: 1 }, // now 160/172, confidently wrong 1 (placed 1)
  { name: 'ban-ui-hoi-nuoc', floor: 0.96, maxWrong: 2 }, // now 168/174, confidently wrong 2 (placed 1)
  { name: 'bang-keo-dong-goi', floor: 0.92, maxWrong: 3 }, // now 159/171, confidently wrong 3 (placed 3)
  { name: 'bang-ve-sinh-phu-nu', floor: 0.97, maxWrong: 0 }, // now 170/174, confidently wrong 0 (placed 0)
  { name: 'banh-bao-dong-xa', floor: 0.93, maxWrong: 1 }, // now 183/196, confidently wrong 1 (placed 1)
  { name: 'banh-bao-ha-noi', floor: 0.95, maxWrong: 2 }, // now 163/170, confidently wrong 2 (placed 2)
  { name: 'banh-bong-lan-cuon', floor: 0.94, maxWrong: 1 }, // now 160/170, confidently wrong 1 (placed 1)
  { name: 'banh-canh-bot-loc', floor: 0.90, maxWrong: 4 }, // now 153/170, confidently wrong 4 (placed 4)
  { name: 'banh-canh-cua-tra-vinh', floor: 0.90, maxWrong: 6 }, // now 155/172, confidently wrong 6 (placed 5)
  { name: 'banh-cay-lang-nguyen-2', floor: 0.96, maxWrong: 3 }, // now 177/183, confidently wrong 3 (placed 3)
  { name: 'banh-cay-lang-nguyen-3', floor: 0.94, maxWrong: 5 }, // now 188/200, confidently wrong 5 (placed 5)
  { name: 'banh-cay-lang-nguyen', floor: 0.94, maxWrong: 0 }, // now 170/180, confidently wrong 0 (placed 0)
  { name: 'banh-cay-nguyen-xa', floor: 0.91, maxWrong: 6 }, // now 179/196, confidently wrong 6 (placed 5)
  { name: 'banh-chung-dong-ngac', floor: 0.94, maxWrong: 3 }, // now 188/200, confidently wrong 3 (placed 3)
  { name: 'banh-chung-tranh-khuc-2', floor: 0.90, maxWrong: 4 }, // now 167/185, confidently wrong 4 (placed 3)
  { name: 'banh-chung-tranh-khuc-3', floor: 0.96, maxWrong: 4 }, // now 172/178, confidently wrong 4 (placed 4)
  { name: 'banh-chung-tranh-khuc', floor: 0.95, maxWrong: 2 }, // now 186/194, confidently wrong 2 (placed 2)
  { name: 'banh-co-truyen-dinh-bang', floor: 0.90, maxWrong: 3 }, // now 171/189, confidently wrong 3 (placed 2)
  { name: 'banh-com-lang-vong-o-mai', floor: 0.95, maxWrong: 1 }, // now 181/190, confidently wrong 1 (placed 1)
  { name: 'banh-cookie', floor: 0.97, maxWrong: 2 }, // now 167/171, confidently wrong 2 (placed 0)
  { name: 'banh-cuoi-dinh-bang-2', floor: 0.93, maxWrong: 2 }, // now 173/186, confidently wrong 2 (placed 2)
  { name: 'banh-cuoi-dinh-bang', floor: 0.87, maxWrong: 8 }, // now 158/180, confidently wrong 8 (placed 8)
  { name: 'banh-cuon-thanh-tri-2', floor: 0.96, maxWrong: 4 }, // now 177/184, confidently wrong 4 (placed 3)
  { name: 'banh-cuon-thanh-tri-3', floor: 0.93, maxWrong: 4 }, // now 168/180, confidently wrong 4 (placed 4)
  { name: 'banh-cuon-thanh-tri-4', floor: 0.90, maxWrong: 5 }, // now 171/189, confidently wrong 5 (placed 4)
  { name: 'banh-cuon-thanh-tri', floor: 0.98, maxWrong: 0 }, // now 169/171, confidently wrong 0 (placed 0)
  { name: 'banh-da-cua-hai-phong', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 3)
  { name: 'banh-da-gom-tho-ha', floor: 0.89, maxWrong: 11 }, // now 179/200, confidently wrong 11 (placed 9)
  { name: 'banh-da-ke-2', floor: 0.90, maxWrong: 3 }, // now 172/190, confidently wrong 3 (placed 3)
  { name: 'banh-da-ke', floor: 0.96, maxWrong: 2 }, // now 178/185, confidently wrong 2 (placed 2)
  { name: 'banh-da-lang-cheu', floor: 0.90, maxWrong: 10 }, // now 180/200, confidently wrong 10 (placed 9)
  { name: 'banh-da-nem-lang-cheu', floor: 0.92, maxWrong: 3 }, // now 164/178, confidently wrong 3 (placed 3)
  { name: 'banh-da-tho-ha-2', floor: 0.93, maxWrong: 3 }, // now 183/195, confidently wrong 3 (placed 3)
  { name: 'banh-da-tho-ha-3', floor: 0.86, maxWrong: 11 }, // now 172/199, confidently wrong 11 (placed 9)
  { name: 'banh-da-tho-ha-4', floor: 0.92, maxWrong: 8 }, // now 184/199, confidently wrong 8 (placed 7)
  { name: 'banh-da-tho-ha-5', floor: 0.88, maxWrong: 8 }, // now 177/200, confidently wrong 8 (placed 7)
  { name: 'banh-da-tho-ha-6', floor: 0.96, maxWrong: 5 }, // now 192/200, confidently wrong 5 (placed 4)
  { name: 'banh-da-tho-ha-7', floor: 0.90, maxWrong: 4 }, // now 181/200, confidently wrong 4 (placed 4)
  { name: 'banh-da-tho-ha', floor: 0.96, maxWrong: 1 }, // now 184/190, confidently wrong 1 (placed 1)
  { name: 'banh-da-vung-kep', floor: 0.88, maxWrong: 10 }, // now 153/172, confidently wrong 10 (placed 8)
  { name: 'banh-dau-xanh-hai-duong', floor: 0.92, maxWrong: 3 }, // now 185/200, confidently wrong 3 (placed 3)
  { name: 'banh-dau-xanh-pia', floor: 0.99, maxWrong: 0 }, // now 172/173, confidently wrong 0 (placed 0)
  { name: 'banh-day-quan-ganh', floor: 0.93, maxWrong: 2 }, // now 176/189, confidently wrong 2 (placed 2)
  { name: 'banh-ep-phu-hoa', floor: 0.92, maxWrong: 4 }, // now 174/189, confidently wrong 4 (placed 3)
  { name: 'banh-gai-ninh-giang-2', floor: 0.91, maxWrong: 5 }, // now 180/197, confidently wrong 5 (placed 5)
  { name: 'banh-gai-ninh-giang-3', floor: 0.87, maxWrong: 9 }, // now 170/194, confidently wrong 9 (placed 9)
  { name: 'banh-gai-ninh-giang', floor: 0.93, maxWrong: 5 }, // now 173/186, confidently wrong 5 (placed 5)
  { name: 'banh-hue-kim-long', floor: 0.92, maxWrong: 4 }, // now 167/180, confidently wrong 4 (placed 4)
  { name: 'banh-hue-vy-da', floor: 0.95, maxWrong: 1 }, // now 178/186, confidently wrong 1 (placed 1)
  { name: 'banh-it-la-gai', floor: 0.89, maxWrong: 5 }, // now 157/175, confidently wrong 5 (placed 5)
  { name: 'banh-kem-sinh-nhat', floor: 0.95, maxWrong: 1 }, // now 172/181, confidently wrong 1 (placed 1)
  { name: 'banh-keo-an-vat-tre-em', floor: 0.92, maxWrong: 7 }, // now 162/175, confidently wrong 7 (placed 7)
  { name: 'banh-keo-gia-loc', floor: 0.84, maxWrong: 2 }, // now 164/193, confidently wrong 2 (placed 1)
  { name: 'banh-keo-quynh-doi', floor: 0.91, maxWrong: 10 }, // now 178/195, confidently wrong 10 (placed 10)
  { name: 'banh-keo-tuoi-tho-phu-nghia', floor: 0.96, maxWrong: 2 }, // now 173/180, confidently wrong 2 (placed 2)
  { name: 'banh-keo-vieng', floor: 0.95, maxWrong: 2 }, // now 185/194, confidently wrong 2 (placed 2)
  { name: 'banh-kho-me-cam-le', floor: 0.93, maxWrong: 7 }, // now 168/180, confidently wrong 7 (placed 7)
  { name: 'banh-khot-long-hai', floor: 0.90, maxWrong: 4 }, // now 163/180, confidently wrong 4 (placed 4)
  { name: 'banh-khot-thang-tam', floor: 0.90, maxWrong: 4 }, // now 174/192, confidently wrong 4 (placed 3)
  { name: 'banh-lang-dong-cao', floor: 0.90, maxWrong: 1 }, // now 170/188, confidently wrong 1 (placed 1)
  { name: 'banh-mi-an-bien', floor: 0.96, maxWrong: 3 }, // now 178/184, confidently wrong 3 (placed 3)
  { name: 'banh-mi-hoa-cuc', floor: 0.96, maxWrong: 4 }, // now 168/175, confidently wrong 4 (placed 4)
  { name: 'banh-mi-hoi-an', floor: 0.90, maxWrong: 6 }, // now 158/174, confidently wrong 6 (placed 3)
  { name: 'banh-mi-ngot-tiem', floor: 0.96, maxWrong: 2 }, // now 169/175, confidently wrong 2 (placed 1)
  { name: 'banh-mi-pho-hoi', floor: 0.81, maxWrong: 8 }, // now 162/200, confidently wrong 8 (placed 7)
  { name: 'banh-mi-que-an-duong', floor: 0.90, maxWrong: 6 }, // now 163/180, confidently wrong 6 (placed 6)
  { name: 'banh-mi-que-hai-phong', floor: 0.93, maxWrong: 2 }, // now 166/178, confidently wrong 2 (placed 2)
  { name: 'banh-mi-que-thanh-khe', floor: 0.94, maxWrong: 4 }, // now 176/186, confidently wrong 4 (placed 2)
  { name: 'banh-mi-xom-cau', floor: 0.92, maxWrong: 5 }, // now 161/175, confidently wrong 5 (placed 5)
  { name: 'banh-phong-tom-sa-dec', floor: 0.95, maxWrong: 2 }, // now 230/240, confidently wrong 2 (placed 2)
  { name: 'banh-phu-the-dinh-bang-2', floor: 0.84, maxWrong: 7 }, // now 167/197, confidently wrong 7 (placed 7)
  { name: 'banh-phu-the-dinh-bang-3', floor: 0.88, maxWrong: 11 }, // now 170/193, confidently wrong 11 (placed 9)
  { name: 'banh-phu-the-dinh-bang-4', floor: 0.85, maxWrong: 5 }, // now 163/190, confidently wrong 5 (placed 4)
  { name: 'banh-phu-the-dinh-bang', floor: 0.88, maxWrong: 5 }, // now 162/184, confidently wrong 5 (placed 5)
  { name: 'banh-pia-kim-sa', floor: 0.97, maxWrong: 0 }, // now 170/175, confidently wrong 0 (placed 0)
  { name: 'banh-pia-phu-tam', floor: 0.94, maxWrong: 3 }, // now 176/186, confidently wrong 3 (placed 2)
  { name: 'banh-pia-vung-thom-2', floor: 0.95, maxWrong: 3 }, // now 189/197, confidently wrong 3 (placed 3)
  { name: 'banh-pia-vung-thom-3', floor: 0.91, maxWrong: 5 }, // now 176/192, confidently wrong 5 (placed 5)
  { name: 'banh-pia-vung-thom-4', floor: 0.78, maxWrong: 7 }, // now 156/198, confidently wrong 7 (placed 6)
  { name: 'banh-pia-vung-thom-5', floor: 0.92, maxWrong: 3 }, // now 173/188, confidently wrong 3 (placed 3)
  { name: 'banh-pia-vung-thom-6', floor: 0.86, maxWrong: 6 }, // now 172/200, confidently wrong 6 (placed 4)
  { name: 'banh-pia-vung-thom', floor: 0.89, maxWrong: 2 }, // now 159/178, confidently wrong 2 (placed 1)
  { name: 'banh-que-gia-phuc', floor: 0.96, maxWrong: 1 }, // now 182/188, confidently wrong 1 (placed 1)
  { name: 'banh-que-phu-hoa', floor: 0.92, maxWrong: 4 }, // now 167/180, confidently wrong 4 (placed 4)
  { name: 'banh-que-phu-nhi', floor: 0.96, maxWrong: 2 }, // now 173/180, confidently wrong 2 (placed 2)
  { name: 'banh-que-tan-hoa', floor: 0.90, maxWrong: 3 }, // now 171/188, confidently wrong 3 (placed 2)
  { name: 'banh-tet-tra-cuon-2', floor: 0.78, maxWrong: 8 }, // now 157/200, confidently wrong 8 (placed 5)
  { name: 'banh-tet-tra-cuon', floor: 0.88, maxWrong: 2 }, // now 155/176, confidently wrong 2 (placed 2)
  { name: 'banh-trang-cai-be', floor: 0.92, maxWrong: 6 }, // now 175/190, confidently wrong 6 (placed 4)
  { name: 'banh-trang-go-dau', floor: 0.91, maxWrong: 4 }, // now 175/191, confidently wrong 4 (placed 4)
  { name: 'banh-trang-hoa-da', floor: 0.98, maxWrong: 0 }, // now 191/193, confidently wrong 0 (placed 0)
  { name: 'banh-trang-muoi-tom-trang-bang', floor: 0.85, maxWrong: 6 }, // now 171/200, confidently wrong 6 (placed 6)
  { name: 'banh-trang-nuong-da-lat', floor: 0.97, maxWrong: 3 }, // now 168/172, confidently wrong 3 (placed 3)
  { name: 'banh-trang-tinh-ha', floor: 0.95, maxWrong: 5 }, // now 180/188, confidently wrong 5 (placed 5)
  { name: 'banh-trang-trai-cay-cai-be', floor: 0.91, maxWrong: 4 }, // now 179/196, confidently wrong 4 (placed 4)
  { name: 'banh-trang-trang-bang-2', floor: 0.91, maxWrong: 4 }, // now 175/192, confidently wrong 4 (placed 4)
  { name: 'banh-trang-trang-bang-3', floor: 0.93, maxWrong: 4 }, // now 179/192, confidently wrong 4 (placed 4)
  { name: 'banh-trang-trang-bang-4', floor: 0.91, maxWrong: 4 }, // now 174/191, confidently wrong 4 (placed 4)
  { name: 'banh-trang-trang-bang-5', floor: 0.88, maxWrong: 8 }, // now 171/193, confidently wrong 8 (placed 8)
  { name: 'banh-trang-trang-bang', floor: 0.97, maxWrong: 0 }, // now 182/187, confidently wrong 0 (placed 0)
  { name: 'banh-trang-trang-loc', floor: 0.90, maxWrong: 4 }, // now 157/173, confidently wrong 4 (placed 3)
  { name: 'banh-trang-truong-cuu', floor: 0.91, maxWrong: 0 }, // now 181/198, confidently wrong 0 (placed 0)
  { name: 'banh-troi-banh-chay', floor: 0.93, maxWrong: 6 }, // now 159/170, confidently wrong 6 (placed 5)
  { name: 'banh-trung-thu-an-thai', floor: 0.92, maxWrong: 5 }, // now 170/184, confidently wrong 5 (placed 5)
  { name: 'banh-trung-thu-tan-lap', floor: 0.93, maxWrong: 1 }, // now 173/185, confidently wrong 1 (placed 1)
  { name: 'banh-trung-thu-thu-cong', floor: 0.90, maxWrong: 0 }, // now 171/190, confidently wrong 0 (placed 0)
  { name: 'banh-uot-an-thanh', floor: 0.92, maxWrong: 4 }, // now 166/179, confidently wrong 4 (placed 3)
  { name: 'banh-xeo-long-hai', floor: 0.94, maxWrong: 4 }, // now 176/186, confidently wrong 4 (placed 2)
  { name: 'banh-xeo-mien-tay', floor: 0.94, maxWrong: 2 }, // now 166/175, confidently wrong 2 (placed 2)
  { name: 'bao-bi-dong-xa', floor: 0.90, maxWrong: 5 }, // now 159/176, confidently wrong 5 (placed 2)
  { name: 'bao-bi-minh-khai-2', floor: 0.91, maxWrong: 8 }, // now 177/193, confidently wrong 8 (placed 7)
  { name: 'bao-bi-minh-khai', floor: 0.94, maxWrong: 2 }, // now 174/184, confidently wrong 2 (placed 1)
  { name: 'bao-bi-tan-hoa', floor: 0.91, maxWrong: 1 }, // now 167/182, confidently wrong 1 (placed 1)
  { name: 'bao-bi-thuc-pham', floor: 0.93, maxWrong: 3 }, // now 164/175, confidently wrong 3 (placed 2)
  { name: 'bao-ho-dong-tho', floor: 0.96, maxWrong: 0 }, // now 172/179, confidently wrong 0 (placed 0)
  { name: 'bao-tay-tre-em-mu-len', floor: 0.91, maxWrong: 1 }, // now 156/170, confidently wrong 1 (placed 1)
  { name: 'bat-nhua-dong-mai', floor: 0.92, maxWrong: 3 }, // now 161/175, confidently wrong 3 (placed 3)
  { name: 'bat-phu-che-mua', floor: 0.97, maxWrong: 1 }, // now 171/175, confidently wrong 1 (placed 1)
  { name: 'bau-da-cho-huyen', floor: 0.88, maxWrong: 12 }, // now 169/192, confidently wrong 12 (placed 10)
  { name: 'bep-cong-nghiep', floor: 0.96, maxWrong: 1 }, // now 169/175, confidently wrong 1 (placed 1)
  { name: 'bep-nuong-lau-dien', floor: 0.94, maxWrong: 1 }, // now 161/171, confidently wrong 1 (placed 1)
  { name: 'bep-tu-hong-ngoai', floor: 0.96, maxWrong: 1 }, // now 164/170, confidently wrong 1 (placed 0)
  { name: 'bia-lon-nhap-khau', floor: 0.97, maxWrong: 0 }, // now 170/175, confidently wrong 0 (placed 0)
  { name: 'bia-ruou-khai-truong', floor: 0.94, maxWrong: 4 }, // now 163/172, confidently wrong 4 (placed 3)
  { name: 'bia-thu-cong', floor: 0.96, maxWrong: 3 }, // now 169/175, confidently wrong 3 (placed 3)
  { name: 'bim-nguoi-gia', floor: 0.92, maxWrong: 4 }, // now 161/175, confidently wrong 4 (placed 2)
  { name: 'bim-ta-khan-uot', floor: 0.91, maxWrong: 0 }, // now 156/170, confidently wrong 0 (placed 0)
  { name: 'binh-chua-chay', floor: 0.92, maxWrong: 4 }, // now 159/172, confidently wrong 4 (placed 4)
  { name: 'binh-gas-bep-gas', floor: 0.82, maxWrong: 10 }, // now 141/171, confidently wrong 10 (placed 9)
  { name: 'binh-giu-nhiet', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'binh-hoa-gom-su', floor: 0.93, maxWrong: 10 }, // now 171/182, confidently wrong 10 (placed 10)
  { name: 'binh-loc-nuoc-lo-loc', floor: 0.97, maxWrong: 2 }, // now 167/172, confidently wrong 2 (placed 2)
  { name: 'binh-nong-lanh', floor: 0.86, maxWrong: 3 }, // now 148/171, confidently wrong 3 (placed 2)
  { name: 'binh-nuoc-the-thao', floor: 0.94, maxWrong: 2 }, // now 174/184, confidently wrong 2 (placed 1)
  { name: 'binh-phun-tuoi-cay', floor: 0.93, maxWrong: 4 }, // now 163/175, confidently wrong 4 (placed 4)
  { name: 'binh-sua-num-ti', floor: 0.94, maxWrong: 5 }, // now 161/170, confidently wrong 5 (placed 5)
  { name: 'bo-hoa-tuoi', floor: 0.93, maxWrong: 4 }, // now 160/171, confidently wrong 4 (placed 4)
  { name: 'bo-kho-thit-say', floor: 0.97, maxWrong: 1 }, // now 170/174, confidently wrong 1 (placed 1)
  { name: 'bo-sua-phu-dong', floor: 0.92, maxWrong: 2 }, // now 167/180, confidently wrong 2 (placed 2)
  { name: 'bong-ban', floor: 0.95, maxWrong: 4 }, // now 165/172, confidently wrong 4 (placed 4)
  { name: 'bong-bay-sinh-nhat', floor: 0.84, maxWrong: 7 }, // now 145/172, confidently wrong 7 (placed 6)
  { name: 'bong-gon-tan-chau', floor: 0.90, maxWrong: 2 }, // now 171/190, confidently wrong 2 (placed 2)
  { name: 'bong-phu-xa', floor: 0.89, maxWrong: 1 }, // now 168/188, confidently wrong 1 (placed 1)
  { name: 'bong-ro-the-thao', floor: 0.96, maxWrong: 1 }, // now 178/184, confidently wrong 1 (placed 0)
  { name: 'bonsai-vi-khe', floor: 0.96, maxWrong: 0 }, // now 169/175, confidently wrong 0 (placed 0)
  { name: 'bot-an-dam-cho-be', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 3)
  { name: 'bot-ca-cao-socola-nau', floor: 0.98, maxWrong: 1 }, // now 183/186, confidently wrong 1 (placed 1)
  { name: 'bot-giat-may-giat', floor: 0.95, maxWrong: 0 }, // now 167/175, confidently wrong 0 (placed 0)
  { name: 'bot-giat-nuoc-xa', floor: 0.92, maxWrong: 2 }, // now 158/170, confidently wrong 2 (placed 2)
  { name: 'bot-matcha', floor: 0.93, maxWrong: 4 }, // now 161/172, confidently wrong 4 (placed 4)
  { name: 'bot-mi-lam-banh', floor: 0.95, maxWrong: 5 }, // now 167/175, confidently wrong 5 (placed 5)
  { name: 'bot-san-day-bot-gao', floor: 0.87, maxWrong: 7 }, // now 150/172, confidently wrong 7 (placed 7)
  { name: 'bot-tret-tuong', floor: 0.94, maxWrong: 3 }, // now 162/172, confidently wrong 3 (placed 2)
  { name: 'bu-long-te-lo', floor: 0.90, maxWrong: 5 }, // now 161/178, confidently wrong 5 (placed 5)
  { name: 'bua-sang-phu-hoa', floor: 0.84, maxWrong: 9 }, // now 147/174, confidently wrong 9 (placed 7)
  { name: 'bun-banh-cuon-dong-ngac', floor: 0.88, maxWrong: 5 }, // now 173/195, confidently wrong 5 (placed 5)
  { name: 'bun-banh-phu-tho', floor: 0.91, maxWrong: 6 }, // now 182/200, confidently wrong 6 (placed 5)
  { name: 'bun-bo-kim-long-2', floor: 0.85, maxWrong: 8 }, // now 154/180, confidently wrong 8 (placed 6)
  { name: 'bun-bo-kim-long', floor: 0.89, maxWrong: 1 }, // now 179/199, confidently wrong 1 (placed 1)
  { name: 'bun-cha-ca-la-vong', floor: 0.96, maxWrong: 2 }, // now 168/175, confidently wrong 2 (placed 2)
  { name: 'bun-cha-dong-ngac', floor: 0.86, maxWrong: 4 }, // now 156/180, confidently wrong 4 (placed 4)
  { name: 'bun-cha-phu-do', floor: 0.92, maxWrong: 3 }, // now 182/197, confidently wrong 3 (placed 2)
  { name: 'bun-dau-lang-mo', floor: 0.90, maxWrong: 3 }, // now 162/180, confidently wrong 3 (placed 2)
  { name: 'bun-mien-pho-kho', floor: 0.94, maxWrong: 2 }, // now 161/171, confidently wrong 2 (placed 2)
  { name: 'bun-mien-yen-ninh', floor: 0.97, maxWrong: 1 }, // now 182/186, confidently wrong 1 (placed 1)
  { name: 'bun-pho-kho-banh-da', floor: 0.98, maxWrong: 0 }, // now 168/171, confidently wrong 0 (placed 0)
  { name: 'bun-pho-mien-phu-do', floor: 0.93, maxWrong: 0 }, // now 175/188, confidently wrong 0 (placed 0)
  { name: 'bun-pho-tuoi', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 3)
  { name: 'bun-phu-do', floor: 0.86, maxWrong: 8 }, // now 171/198, confidently wrong 8 (placed 8)
  { name: 'bun-phu-luu-chanh', floor: 0.86, maxWrong: 13 }, // now 170/197, confidently wrong 13 (placed 10)
  { name: 'bun-tam-binh', floor: 0.86, maxWrong: 5 }, // now 173/200, confidently wrong 5 (placed 3)
  { name: 'bun-van-cu', floor: 0.90, maxWrong: 6 }, // now 172/190, confidently wrong 6 (placed 6)
  { name: 'buoi-binh-minh', floor: 0.90, maxWrong: 9 }, // now 181/200, confidently wrong 9 (placed 6)
  { name: 'buoi-khoai-binh-minh', floor: 0.86, maxWrong: 7 }, // now 171/198, confidently wrong 7 (placed 6)
  { name: 'buoi-khom-vi-thanh', floor: 0.88, maxWrong: 5 }, // now 177/200, confidently wrong 5 (placed 4)
  { name: 'buoi-phuc-trach', floor: 0.91, maxWrong: 5 }, // now 183/199, confidently wrong 5 (placed 5)
  { name: 'buoi-tan-trieu-da-buu-long', floor: 0.94, maxWrong: 3 }, // now 181/192, confidently wrong 3 (placed 2)
  { name: 'bup-be-do-choi-be-gai', floor: 0.93, maxWrong: 5 }, // now 161/172, confidently wrong 5 (placed 5)
  { name: 'but-long-thu-phap', floor: 0.91, maxWrong: 2 }, // now 114/125, confidently wrong 2 (placed 1)
  { name: 'but-may-muc', floor: 0.93, maxWrong: 3 }, // now 160/171, confidently wrong 3 (placed 3)
  { name: 'ca-canh-an-thanh', floor: 0.94, maxWrong: 2 }, // now 169/178, confidently wrong 2 (placed 1)
  { name: 'ca-canh-thuy-sinh', floor: 0.96, maxWrong: 4 }, // now 174/180, confidently wrong 4 (placed 4)
  { name: 'ca-com-ganh-do', floor: 0.89, maxWrong: 6 }, // now 178/200, confidently wrong 6 (placed 5)
  { name: 'ca-com-ham-ninh', floor: 0.94, maxWrong: 0 }, // now 168/178, confidently wrong 0 (placed 0)
  { name: 'ca-keo-luon-ech-vinh-hau', floor: 0.96, maxWrong: 2 }, // now 174/180, confidently wrong 2 (placed 2)
  { name: 'ca-kho-nghi-thuy', floor: 0.94, maxWrong: 0 }, // now 176/186, confidently wrong 0 (placed 0)
  { name: 'ca-kho-phuoc-tinh', floor: 0.94, maxWrong: 2 }, // now 170/180, confidently wrong 2 (placed 2)
  { name: 'ca-kho-vu-dai-2', floor: 0.95, maxWrong: 4 }, // now 190/200, confidently wrong 4 (placed 4)
  { name: 'ca-kho-vu-dai', floor: 0.97, maxWrong: 0 }, // now 172/176, confidently wrong 0 (placed 0)
  { name: 'ca-long-song-da', floor: 0.91, maxWrong: 2 }, // now 178/195, confidently wrong 2 (placed 2)
  { name: 'ca-phe-buon-ma-thuot', floor: 0.92, maxWrong: 6 }, // now 184/200, confidently wrong 6 (placed 6)
  { name: 'ca-phe-cau-dat', floor: 0.94, maxWrong: 0 }, // now 170/180, confidently wrong 0 (placed 0)
  { name: 'ca-phe-ea-tu-2', floor: 0.93, maxWrong: 1 }, // now 187/200, confidently wrong 1 (placed 1)
  { name: 'ca-phe-ea-tu-3', floor: 0.89, maxWrong: 8 }, // now 170/190, confidently wrong 8 (placed 8)
  { name: 'ca-phe-ea-tu-4', floor: 0.91, maxWrong: 3 }, // now 182/198, confidently wrong 3 (placed 2)
  { name: 'ca-phe-ea-tu', floor: 0.94, maxWrong: 2 }, // now 177/187, confidently wrong 2 (placed 2)
  { name: 'ca-phe-ho-tieu-khe-sanh', floor: 0.93, maxWrong: 4 }, // now 179/192, confidently wrong 4 (placed 2)
  { name: 'ca-phe-hoa-tan', floor: 0.94, maxWrong: 4 }, // now 166/175, confidently wrong 4 (placed 3)
  { name: 'ca-phe-khe-sanh-2', floor: 0.95, maxWrong: 4 }, // now 183/192, confidently wrong 4 (placed 4)
  { name: 'ca-phe-khe-sanh', floor: 0.92, maxWrong: 2 }, // now 180/195, confidently wrong 2 (placed 1)
  { name: 'ca-phe-mat-ong-tay-nguyen', floor: 0.99, maxWrong: 1 }, // now 201/203, confidently wrong 1 (placed 0)
  { name: 'ca-phe-muoi-hue', floor: 0.91, maxWrong: 2 }, // now 156/170, confidently wrong 2 (placed 2)
  { name: 'ca-phe-muoi-kim-long', floor: 0.94, maxWrong: 3 }, // now 174/185, confidently wrong 3 (placed 3)
  { name: 'ca-phe-phin-dung-cu', floor: 0.91, maxWrong: 0 }, // now 164/179, confidently wrong 0 (placed 0)
  { name: 'ca-phe-rang-xay-buon-ma-thuot', floor: 0.92, maxWrong: 7 }, // now 162/175, confidently wrong 7 (placed 5)
  { name: 'ca-phe-tra-cau-dat', floor: 0.91, maxWrong: 6 }, // now 183/200, confidently wrong 6 (placed 6)
  { name: 'ca-phe-vien-nen', floor: 0.89, maxWrong: 2 }, // now 154/172, confidently wrong 2 (placed 2)
  { name: 'ca-vat-khan-lua-van-phuc', floor: 0.88, maxWrong: 9 }, // now 166/188, confidently wrong 9 (placed 9)
  { name: 'ca-vat-lua-van-phuc', floor: 0.85, maxWrong: 8 }, // now 169/198, confidently wrong 8 (placed 6)
  { name: 'ca-vat-phu-kien-nam', floor: 0.96, maxWrong: 1 }, // now 166/172, confidently wrong 1 (placed 1)
  { name: 'cam-buoi-vinh', floor: 0.97, maxWrong: 2 }, // now 170/174, confidently wrong 2 (placed 2)
  { name: 'cam-sanh-ham-yen', floor: 0.90, maxWrong: 6 }, // now 179/198, confidently wrong 6 (placed 6)
  { name: 'camera-an-ninh', floor: 0.92, maxWrong: 4 }, // now 157/170, confidently wrong 4 (placed 3)
  { name: 'cap-sac-dien-thoai', floor: 0.86, maxWrong: 6 }, // now 148/171, confidently wrong 6 (placed 6)
  { name: 'cat-ve-sinh-meo', floor: 0.95, maxWrong: 3 }, // now 163/171, confidently wrong 3 (placed 2)
  { name: 'cau-da-vot-cau-long', floor: 0.92, maxWrong: 3 }, // now 157/170, confidently wrong 3 (placed 3)
  { name: 'cau-dao-aptomat', floor: 0.87, maxWrong: 7 }, // now 150/172, confidently wrong 7 (placed 7)
  { name: 'cau-long-dong-phu', floor: 0.90, maxWrong: 2 }, // now 166/184, confidently wrong 2 (placed 1)
  { name: 'cay-canh-my-dong-2', floor: 0.90, maxWrong: 5 }, // now 180/200, confidently wrong 5 (placed 5)
  { name: 'cay-canh-my-dong', floor: 0.91, maxWrong: 3 }, // now 181/198, confidently wrong 3 (placed 3)
  { name: 'cay-canh-nhat-tan', floor: 0.93, maxWrong: 2 }, // now 173/185, confidently wrong 2 (placed 2)
  { name: 'cay-canh-phung-cong', floor: 0.91, maxWrong: 3 }, // now 180/196, confidently wrong 3 (placed 2)
  { name: 'cay-canh-thanh-ha', floor: 0.95, maxWrong: 4 }, // now 171/180, confidently wrong 4 (placed 3)
  { name: 'cay-canh-van-giang-2', floor: 0.91, maxWrong: 8 }, // now 176/192, confidently wrong 8 (placed 8)
  { name: 'cay-canh-van-giang', floor: 0.89, maxWrong: 7 }, // now 172/192, confidently wrong 7 (placed 5)
  { name: 'cay-canh-vi-khe-2', floor: 0.92, maxWrong: 7 }, // now 179/194, confidently wrong 7 (placed 5)
  { name: 'cay-canh-vi-khe-3', floor: 0.93, maxWrong: 4 }, // now 186/198, confidently wrong 4 (placed 4)
  { name: 'cay-canh-vi-khe-4', floor: 0.88, maxWrong: 6 }, // now 177/199, confidently wrong 6 (placed 5)
  { name: 'cay-canh-vi-khe', floor: 0.91, maxWrong: 6 }, // now 173/190, confidently wrong 6 (placed 4)
  { name: 'cay-canh-xuan-quan', floor: 0.92, maxWrong: 6 }, // now 183/197, confidently wrong 6 (placed 3)
  { name: 'cay-giong-buon-ho', floor: 0.94, maxWrong: 2 }, // now 179/190, confidently wrong 2 (placed 0)
  { name: 'cay-giong-cai-mon-2', floor: 0.91, maxWrong: 8 }, // now 179/196, confidently wrong 8 (placed 8)
  { name: 'cay-giong-cai-mon-3', floor: 0.93, maxWrong: 6 }, // now 183/195, confidently wrong 6 (placed 5)
  { name: 'cay-giong-cai-mon', floor: 0.95, maxWrong: 3 }, // now 172/180, confidently wrong 3 (placed 3)
  { name: 'cay-giong-cho-lach-2', floor: 0.88, maxWrong: 9 }, // now 171/193, confidently wrong 9 (placed 8)
  { name: 'cay-giong-cho-lach', floor: 0.89, maxWrong: 11 }, // now 178/199, confidently wrong 11 (placed 10)
  { name: 'cay-giong-hung-yen', floor: 0.97, maxWrong: 1 }, // now 176/180, confidently wrong 1 (placed 1)
  { name: 'cay-lau-nha-360', floor: 0.90, maxWrong: 4 }, // now 153/170, confidently wrong 4 (placed 3)
  { name: 'cay-ot-giong-rau-mam', floor: 0.94, maxWrong: 4 }, // now 162/171, confidently wrong 4 (placed 4)
  { name: 'cha-bong-an-nhon', floor: 0.92, maxWrong: 2 }, // now 162/175, confidently wrong 2 (placed 2)
  { name: 'cha-ca-hong-gai', floor: 0.94, maxWrong: 3 }, // now 179/190, confidently wrong 3 (placed 3)
  { name: 'cha-ca-nha-trang', floor: 0.97, maxWrong: 1 }, // now 173/178, confidently wrong 1 (placed 1)
  { name: 'cha-gio-ha-cao-dong-lanh', floor: 0.89, maxWrong: 3 }, // now 158/176, confidently wrong 3 (placed 2)
  { name: 'cha-gio-tan-lap', floor: 0.96, maxWrong: 1 }, // now 179/186, confidently wrong 1 (placed 1)
  { name: 'cha-gio-tan-phu', floor: 0.93, maxWrong: 4 }, // now 181/194, confidently wrong 4 (placed 4)
  { name: 'cha-muc-cua-lo', floor: 0.92, maxWrong: 4 }, // now 179/193, confidently wrong 4 (placed 4)
  { name: 'cha-muc-ha-long-2', floor: 0.88, maxWrong: 10 }, // now 177/199, confidently wrong 10 (placed 9)
  { name: 'cha-muc-ha-long-3', floor: 0.90, maxWrong: 6 }, // now 176/195, confidently wrong 6 (placed 6)
  { name: 'cha-muc-ha-long-4', floor: 0.87, maxWrong: 3 }, // now 174/199, confidently wrong 3 (placed 3)
  { name: 'cha-muc-ha-long-5', floor: 0.88, maxWrong: 5 }, // now 177/200, confidently wrong 5 (placed 5)
  { name: 'cha-muc-ha-long', floor: 0.96, maxWrong: 0 }, // now 179/185, confidently wrong 0 (placed 0)
  { name: 'chai-lo-thuy-tinh', floor: 0.90, maxWrong: 1 }, // now 160/176, confidently wrong 1 (placed 0)
  { name: 'cham-dong-dong-xam', floor: 0.90, maxWrong: 9 }, // now 168/186, confidently wrong 9 (placed 8)
  { name: 'cham-soc-xe-may', floor: 0.92, maxWrong: 1 }, // now 161/175, confidently wrong 1 (placed 0)
  { name: 'chan-dien-suoi', floor: 0.96, maxWrong: 2 }, // now 169/175, confidently wrong 2 (placed 2)
  { name: 'chan-ga-lua-van-phuc', floor: 0.91, maxWrong: 6 }, // now 180/197, confidently wrong 6 (placed 6)
  { name: 'chan-ga-nam-cao', floor: 0.86, maxWrong: 2 }, // now 152/176, confidently wrong 2 (placed 2)
  { name: 'chan-nem-tan-uyen', floor: 0.91, maxWrong: 6 }, // now 178/195, confidently wrong 6 (placed 6)
  { name: 'chan-nuoi-suoi-hoa', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 3)
  { name: 'chao-be-lang-dong', floor: 0.94, maxWrong: 2 }, // now 170/180, confidently wrong 2 (placed 1)
  { name: 'chao-dau-phu-nhu', floor: 0.97, maxWrong: 2 }, // now 175/180, confidently wrong 2 (placed 2)
  { name: 'chao-long-ke-buoi', floor: 0.91, maxWrong: 5 }, // now 179/195, confidently wrong 5 (placed 4)
  { name: 'chau-canh-bat-trang', floor: 0.91, maxWrong: 6 }, // now 178/195, confidently wrong 6 (placed 5)
  { name: 'chau-canh-gom-bien-hoa', floor: 0.92, maxWrong: 2 }, // now 140/152, confidently wrong 2 (placed 2)
  { name: 'chau-nhua-trong-cay', floor: 0.95, maxWrong: 3 }, // now 164/172, confidently wrong 3 (placed 3)
  { name: 'che-duong-nhan', floor: 0.91, maxWrong: 3 }, // now 160/175, confidently wrong 3 (placed 3)
  { name: 'che-hue-mang-ve', floor: 0.94, maxWrong: 0 }, // now 161/171, confidently wrong 0 (placed 0)
  { name: 'che-la-bang-dai-tu', floor: 0.88, maxWrong: 14 }, // now 171/194, confidently wrong 14 (placed 14)
  { name: 'che-lam-keo-lac-go-the', floor: 0.96, maxWrong: 4 }, // now 173/180, confidently wrong 4 (placed 2)
  { name: 'che-lam-thach-xa', floor: 0.93, maxWrong: 3 }, // now 171/183, confidently wrong 3 (placed 3)
  { name: 'che-long-coc-2', floor: 0.89, maxWrong: 7 }, // now 171/191, confidently wrong 7 (placed 6)
  { name: 'che-long-coc', floor: 0.90, maxWrong: 5 }, // now 176/194, confidently wrong 5 (placed 4)
  { name: 'che-mat-ong-dai-tu', floor: 0.90, maxWrong: 8 }, // now 179/197, confidently wrong 8 (placed 6)
  { name: 'che-moc-chau', floor: 0.95, maxWrong: 3 }, // now 190/200, confidently wrong 3 (placed 3)
  { name: 'che-tan-cuong-2', floor: 0.95, maxWrong: 1 }, // now 178/187, confidently wrong 1 (placed 0)
  { name: 'che-tan-cuong-3', floor: 0.92, maxWrong: 2 }, // now 184/199, confidently wrong 2 (placed 2)
  { name: 'che-tan-cuong-4', floor: 0.87, maxWrong: 5 }, // now 175/199, confidently wrong 5 (placed 4)
  { name: 'che-tan-cuong-5', floor: 0.93, maxWrong: 4 }, // now 186/199, confidently wrong 4 (placed 4)
  { name: 'che-tan-cuong-6', floor: 0.92, maxWrong: 6 }, // now 185/200, confidently wrong 6 (placed 6)
  { name: 'che-tan-cuong-phuc-xuan', floor: 0.92, maxWrong: 5 }, // now 185/200, confidently wrong 5 (placed 4)
  { name: 'che-tan-cuong', floor: 0.96, maxWrong: 1 }, // now 178/184, confidently wrong 1 (placed 0)
  { name: 'che-thai-cho', floor: 0.96, maxWrong: 0 }, // now 168/174, confidently wrong 0 (placed 0)
  { name: 'che-thanh-chuong', floor: 0.89, maxWrong: 7 }, // now 173/194, confidently wrong 7 (placed 7)
  { name: 'che-xom-dinh', floor: 0.87, maxWrong: 9 }, // now 174/198, confidently wrong 9 (placed 8)
  { name: 'chen-dia-melamine', floor: 0.97, maxWrong: 1 }, // now 166/170, confidently wrong 1 (placed 1)
  { name: 'chieng-dong-phuoc-kieu', floor: 0.90, maxWrong: 5 }, // now 181/200, confidently wrong 5 (placed 5)
  { name: 'chieu-coi-nga-son-2', floor: 0.86, maxWrong: 5 }, // now 159/183, confidently wrong 5 (placed 4)
  { name: 'chieu-coi-nga-son-3', floor: 0.91, maxWrong: 4 }, // now 181/198, confidently wrong 4 (placed 4)
  { name: 'chieu-coi-nga-son-4', floor: 0.92, maxWrong: 6 }, // now 180/194, confidently wrong 6 (placed 4)
  { name: 'chieu-coi-nga-son-5', floor: 0.88, maxWrong: 7 }, // now 176/200, confidently wrong 7 (placed 5)
  { name: 'chieu-coi-nga-son', floor: 0.98, maxWrong: 1 }, // now 175/177, confidently wrong 1 (placed 1)
  { name: 'chieu-dinh-yen', floor: 0.85, maxWrong: 4 }, // now 170/199, confidently wrong 4 (placed 4)
  { name: 'chieu-truc-tre', floor: 0.93, maxWrong: 1 }, // now 160/172, confidently wrong 1 (placed 1)
  { name: 'cho-noi-cai-rang-2', floor: 0.87, maxWrong: 8 }, // now 174/199, confidently wrong 8 (placed 7)
  { name: 'cho-noi-cai-rang', floor: 0.95, maxWrong: 1 }, // now 187/196, confidently wrong 1 (placed 1)
  { name: 'cho-thue-su-kien', floor: 0.94, maxWrong: 2 }, // now 161/171, confidently wrong 2 (placed 2)
  { name: 'choi-dong-lam', floor: 0.94, maxWrong: 3 }, // now 170/180, confidently wrong 3 (placed 3)
  { name: 'choi-dot-trieu-khuc', floor: 1.00, maxWrong: 0 }, // now 172/172, confidently wrong 0 (placed 0)
  { name: 'choi-rom-an-phu', floor: 0.93, maxWrong: 1 }, // now 167/178, confidently wrong 1 (placed 0)
  { name: 'choi-son-dong-mai', floor: 0.89, maxWrong: 2 }, // now 168/187, confidently wrong 2 (placed 2)
  { name: 'choi-tham-hoa-vang', floor: 0.89, maxWrong: 5 }, // now 178/198, confidently wrong 5 (placed 4)
  { name: 'choi-tien-phong', floor: 0.94, maxWrong: 3 }, // now 167/177, confidently wrong 3 (placed 3)
  { name: 'chum-vai-lu-sanh', floor: 0.96, maxWrong: 2 }, // now 166/172, confidently wrong 2 (placed 1)
  { name: 'chuon-chuon-thach-xa-2', floor: 0.91, maxWrong: 6 }, // now 181/198, confidently wrong 6 (placed 6)
  { name: 'chuon-chuon-thach-xa', floor: 0.93, maxWrong: 1 }, // now 185/197, confidently wrong 1 (placed 1)
  { name: 'chuon-chuon-tre-thach-xa-2', floor: 0.84, maxWrong: 7 }, // now 168/200, confidently wrong 7 (placed 6)
  { name: 'chuon-chuon-tre-thach-xa-3', floor: 0.90, maxWrong: 8 }, // now 180/200, confidently wrong 8 (placed 7)
  { name: 'chuon-chuon-tre-thach-xa', floor: 0.88, maxWrong: 11 }, // now 171/194, confidently wrong 11 (placed 10)
  { name: 'chuong-phuoc-kieu', floor: 0.92, maxWrong: 3 }, // now 168/182, confidently wrong 3 (placed 2)
  { name: 'co-khi-phung-xa', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 2)
  { name: 'co-khi-thanh-thuy-2', floor: 0.91, maxWrong: 5 }, // now 165/180, confidently wrong 5 (placed 4)
  { name: 'co-khi-thanh-thuy', floor: 0.93, maxWrong: 2 }, // now 175/188, confidently wrong 2 (placed 1)
  { name: 'co-que-dong-khe', floor: 0.95, maxWrong: 1 }, // now 186/195, confidently wrong 1 (placed 1)
  { name: 'coi-kim-son-10', floor: 0.90, maxWrong: 9 }, // now 181/200, confidently wrong 9 (placed 9)
  { name: 'coi-kim-son-2', floor: 0.91, maxWrong: 3 }, // now 164/180, confidently wrong 3 (placed 3)
  { name: 'coi-kim-son-3', floor: 0.92, maxWrong: 2 }, // now 163/176, confidently wrong 2 (placed 2)
  { name: 'coi-kim-son-4', floor: 0.92, maxWrong: 4 }, // now 166/180, confidently wrong 4 (placed 4)
  { name: 'coi-kim-son-5', floor: 0.85, maxWrong: 7 }, // now 169/197, confidently wrong 7 (placed 7)
  { name: 'coi-kim-son-6', floor: 0.95, maxWrong: 3 }, // now 186/195, confidently wrong 3 (placed 3)
  { name: 'coi-kim-son-7', floor: 0.93, maxWrong: 4 }, // now 182/195, confidently wrong 4 (placed 4)
  { name: 'coi-kim-son-8', floor: 0.90, maxWrong: 7 }, // now 179/198, confidently wrong 7 (placed 7)
  { name: 'coi-kim-son-9', floor: 0.92, maxWrong: 3 }, // now 183/197, confidently wrong 3 (placed 2)
  { name: 'coi-kim-son', floor: 0.94, maxWrong: 1 }, // now 168/177, confidently wrong 1 (placed 1)
  { name: 'coi-nga-son', floor: 0.91, maxWrong: 4 }, // now 172/189, confidently wrong 4 (placed 4)
  { name: 'coi-nguyen-xa', floor: 0.90, maxWrong: 8 }, // now 178/197, confidently wrong 8 (placed 5)
  { name: 'com-chay-ninh-binh', floor: 0.86, maxWrong: 2 }, // now 130/150, confidently wrong 2 (placed 1)
  { name: 'com-hen-con-hen', floor: 0.92, maxWrong: 3 }, // now 184/199, confidently wrong 3 (placed 3)
  { name: 'com-lang-vong-2', floor: 0.88, maxWrong: 8 }, // now 173/195, confidently wrong 8 (placed 8)
  { name: 'com-lang-vong-3', floor: 0.90, maxWrong: 7 }, // now 172/190, confidently wrong 7 (placed 7)
  { name: 'com-lang-vong-4', floor: 0.91, maxWrong: 8 }, // now 181/198, confidently wrong 8 (placed 7)
  { name: 'com-lang-vong', floor: 0.92, maxWrong: 7 }, // now 166/180, confidently wrong 7 (placed 7)
  { name: 'com-tam-van-phong', floor: 0.96, maxWrong: 1 }, // now 173/180, confidently wrong 1 (placed 0)
  { name: 'con-giong-gia-cam', floor: 0.94, maxWrong: 2 }, // now 163/172, confidently wrong 2 (placed 1)
  { name: 'cong-chieng-plei-ro', floor: 0.92, maxWrong: 6 }, // now 185/200, confidently wrong 6 (placed 5)
  { name: 'cong-tac-o-cam', floor: 0.95, maxWrong: 4 }, // now 167/175, confidently wrong 4 (placed 4)
  { name: 'cu-do-thach-trung', floor: 0.89, maxWrong: 6 }, // now 179/199, confidently wrong 6 (placed 6)
  { name: 'cu-kieu-vinh-chau', floor: 0.94, maxWrong: 4 }, // now 189/200, confidently wrong 4 (placed 3)
  { name: 'cua-cuon-dieu-khien', floor: 0.91, maxWrong: 2 }, // now 157/171, confidently wrong 2 (placed 2)
  { name: 'cua-gach-ca-mau', floor: 0.92, maxWrong: 5 }, // now 158/170, confidently wrong 5 (placed 5)
  { name: 'cua-luoi-chong-muoi', floor: 0.90, maxWrong: 4 }, // now 154/171, confidently wrong 4 (placed 4)
  { name: 'cua-oc-dong-lac', floor: 0.92, maxWrong: 2 }, // now 163/176, confidently wrong 2 (placed 1)
  { name: 'cua-oc-vinh-thanh', floor: 0.92, maxWrong: 1 }, // now 184/199, confidently wrong 1 (placed 1)
  { name: 'cuoi-hoi-binh-da', floor: 0.81, maxWrong: 9 }, // now 146/180, confidently wrong 9 (placed 4)
  { name: 'da-ca-sau-long-hung', floor: 0.93, maxWrong: 2 }, // now 169/180, confidently wrong 2 (placed 1)
  { name: 'da-my-nghe-ninh-van-2', floor: 0.93, maxWrong: 3 }, // now 168/180, confidently wrong 3 (placed 3)
  { name: 'da-my-nghe-ninh-van-3', floor: 0.85, maxWrong: 10 }, // now 171/200, confidently wrong 10 (placed 10)
  { name: 'da-my-nghe-ninh-van', floor: 0.90, maxWrong: 4 }, // now 163/180, confidently wrong 4 (placed 2)
  { name: 'da-my-nghe-non-nuoc-2', floor: 0.95, maxWrong: 1 }, // now 183/191, confidently wrong 1 (placed 1)
  { name: 'da-my-nghe-non-nuoc-3', floor: 0.86, maxWrong: 7 }, // now 166/192, confidently wrong 7 (placed 5)
  { name: 'da-my-nghe-non-nuoc', floor: 0.97, maxWrong: 0 }, // now 189/193, confidently wrong 0 (placed 0)
  { name: 'da-nhoi-dong-son', floor: 0.89, maxWrong: 9 }, // now 176/197, confidently wrong 9 (placed 8)
  { name: 'da-vang-kieu-ky', floor: 0.90, maxWrong: 6 }, // now 174/192, confidently wrong 6 (placed 4)
  { name: 'dac-san-an-nhon', floor: 0.95, maxWrong: 4 }, // now 188/196, confidently wrong 4 (placed 4)
  { name: 'dac-san-ba-be-2', floor: 0.91, maxWrong: 8 }, // now 178/195, confidently wrong 8 (placed 7)
  { name: 'dac-san-ba-be-3', floor: 0.91, maxWrong: 5 }, // now 181/197, confidently wrong 5 (placed 5)
  { name: 'dac-san-ba-be', floor: 0.93, maxWrong: 1 }, // now 182/195, confidently wrong 1 (placed 1)
  { name: 'dac-san-bac-ha-2', floor: 0.93, maxWrong: 4 }, // now 187/200, confidently wrong 4 (placed 4)
  { name: 'dac-san-bac-ha', floor: 0.94, maxWrong: 6 }, // now 175/186, confidently wrong 6 (placed 5)
  { name: 'dac-san-bac-lieu', floor: 0.83, maxWrong: 13 }, // now 163/196, confidently wrong 13 (placed 12)
  { name: 'dac-san-bay-nui', floor: 0.88, maxWrong: 12 }, // now 171/194, confidently wrong 12 (placed 10)
  { name: 'dac-san-bien-hung-thang', floor: 0.93, maxWrong: 2 }, // now 168/180, confidently wrong 2 (placed 2)
  { name: 'dac-san-bien-tien-hai', floor: 0.96, maxWrong: 3 }, // now 174/180, confidently wrong 3 (placed 2)
  { name: 'dac-san-cai-be-2', floor: 0.89, maxWrong: 8 }, // now 175/195, confidently wrong 8 (placed 7)
  { name: 'dac-san-cai-be', floor: 0.94, maxWrong: 4 }, // now 178/188, confidently wrong 4 (placed 3)
  { name: 'dac-san-cam-ranh', floor: 0.92, maxWrong: 5 }, // now 179/194, confidently wrong 5 (placed 5)
  { name: 'dac-san-can-duoc', floor: 0.92, maxWrong: 6 }, // now 178/192, confidently wrong 6 (placed 5)
  { name: 'dac-san-can-giuoc', floor: 0.94, maxWrong: 3 }, // now 189/200, confidently wrong 3 (placed 3)
  { name: 'dac-san-cat-ba', floor: 0.92, maxWrong: 5 }, // now 176/191, confidently wrong 5 (placed 5)
  { name: 'dac-san-cua-lo', floor: 0.90, maxWrong: 8 }, // now 176/195, confidently wrong 8 (placed 7)
  { name: 'dac-san-dat-to', floor: 0.95, maxWrong: 2 }, // now 176/184, confidently wrong 2 (placed 2)
  { name: 'dac-san-do-luong', floor: 0.88, maxWrong: 5 }, // now 176/199, confidently wrong 5 (placed 5)
  { name: 'dac-san-dong-van-2', floor: 0.87, maxWrong: 9 }, // now 169/194, confidently wrong 9 (placed 6)
  { name: 'dac-san-dong-van-3', floor: 0.88, maxWrong: 8 }, // now 174/197, confidently wrong 8 (placed 7)
  { name: 'dac-san-dong-van-4', floor: 0.87, maxWrong: 7 }, // now 167/190, confidently wrong 7 (placed 6)
  { name: 'dac-san-dong-van', floor: 0.91, maxWrong: 3 }, // now 181/198, confidently wrong 3 (placed 3)
  { name: 'dac-san-ham-ninh-2', floor: 0.91, maxWrong: 8 }, // now 177/194, confidently wrong 8 (placed 8)
  { name: 'dac-san-ham-ninh-3', floor: 0.90, maxWrong: 7 }, // now 173/191, confidently wrong 7 (placed 7)
  { name: 'dac-san-ham-ninh-4', floor: 0.96, maxWrong: 1 }, // now 183/189, confidently wrong 1 (placed 0)
  { name: 'dac-san-ham-ninh-5', floor: 0.94, maxWrong: 1 }, // now 185/196, confidently wrong 1 (placed 1)
  { name: 'dac-san-ham-ninh', floor: 0.93, maxWrong: 3 }, // now 181/194, confidently wrong 3 (placed 2)
  { name: 'dac-san-kon-ko-tu', floor: 0.88, maxWrong: 5 }, // now 177/200, confidently wrong 5 (placed 5)
  { name: 'dac-san-krong-pa', floor: 0.94, maxWrong: 4 }, // now 164/173, confidently wrong 4 (placed 4)
  { name: 'dac-san-luc-ngan', floor: 0.91, maxWrong: 6 }, // now 183/200, confidently wrong 6 (placed 6)
  { name: 'dac-san-mau-son-2', floor: 0.93, maxWrong: 4 }, // now 184/197, confidently wrong 4 (placed 2)
  { name: 'dac-san-mau-son-3', floor: 0.91, maxWrong: 5 }, // now 182/200, confidently wrong 5 (placed 5)
  { name: 'dac-san-mau-son-4', floor: 0.88, maxWrong: 9 }, // now 177/199, confidently wrong 9 (placed 9)
  { name: 'dac-san-mau-son', floor: 0.87, maxWrong: 11 }, // now 169/193, confidently wrong 11 (placed 11)
  { name: 'dac-san-moc-chau-2', floor: 0.93, maxWrong: 6 }, // now 186/199, confidently wrong 6 (placed 5)
  { name: 'dac-san-moc-chau', floor: 0.94, maxWrong: 3 }, // now 188/200, confidently wrong 3 (placed 1)
  { name: 'dac-san-mu-cang-chai', floor: 0.91, maxWrong: 4 }, // now 182/198, confidently wrong 4 (placed 4)
  { name: 'dac-san-muong-la', floor: 0.92, maxWrong: 6 }, // now 184/199, confidently wrong 6 (placed 6)
  { name: 'dac-san-muong-lac-son', floor: 0.89, maxWrong: 8 }, // now 174/195, confidently wrong 8 (placed 6)
  { name: 'dac-san-muong-lo', floor: 0.92, maxWrong: 4 }, // now 166/180, confidently wrong 4 (placed 3)
  { name: 'dac-san-na-hang', floor: 0.91, maxWrong: 6 }, // now 175/192, confidently wrong 6 (placed 5)
  { name: 'dac-san-pac-ngoi', floor: 0.91, maxWrong: 5 }, // now 162/178, confidently wrong 5 (placed 3)
  { name: 'dac-san-phan-thiet-2', floor: 0.91, maxWrong: 3 }, // now 183/199, confidently wrong 3 (placed 3)
  { name: 'dac-san-phan-thiet-3', floor: 0.92, maxWrong: 4 }, // now 175/190, confidently wrong 4 (placed 4)
  { name: 'dac-san-phan-thiet-4', floor: 0.93, maxWrong: 5 }, // now 187/200, confidently wrong 5 (placed 5)
  { name: 'dac-san-phan-thiet', floor: 0.88, maxWrong: 1 }, // now 172/195, confidently wrong 1 (placed 1)
  { name: 'dac-san-pleiku', floor: 0.91, maxWrong: 5 }, // now 181/197, confidently wrong 5 (placed 5)
  { name: 'dac-san-rung-tay-bac', floor: 0.93, maxWrong: 3 }, // now 187/199, confidently wrong 3 (placed 3)
  { name: 'dac-san-ta-van', floor: 0.92, maxWrong: 3 }, // now 183/198, confidently wrong 3 (placed 2)
  { name: 'dac-san-thanh-son', floor: 0.92, maxWrong: 1 }, // now 171/185, confidently wrong 1 (placed 1)
  { name: 'dac-san-thi-pho-tra-bong', floor: 0.94, maxWrong: 3 }, // now 188/200, confidently wrong 3 (placed 3)
  { name: 'dac-san-tho-xuan', floor: 0.92, maxWrong: 5 }, // now 170/184, confidently wrong 5 (placed 5)
  { name: 'dac-san-trai-mat-2', floor: 0.90, maxWrong: 6 }, // now 180/200, confidently wrong 6 (placed 6)
  { name: 'dac-san-trai-mat', floor: 0.90, maxWrong: 6 }, // now 172/191, confidently wrong 6 (placed 4)
  { name: 'dac-san-trang-bang-2', floor: 0.90, maxWrong: 11 }, // now 180/200, confidently wrong 11 (placed 11)
  { name: 'dac-san-trang-bang', floor: 0.91, maxWrong: 7 }, // now 174/191, confidently wrong 7 (placed 5)
  { name: 'dac-san-trung-khanh-2', floor: 0.91, maxWrong: 6 }, // now 183/200, confidently wrong 6 (placed 6)
  { name: 'dac-san-trung-khanh-3', floor: 0.91, maxWrong: 1 }, // now 183/200, confidently wrong 1 (placed 1)
  { name: 'dac-san-trung-khanh', floor: 0.86, maxWrong: 11 }, // now 168/195, confidently wrong 11 (placed 11)
  { name: 'dac-san-tuy-hoa', floor: 0.93, maxWrong: 4 }, // now 178/191, confidently wrong 4 (placed 4)
  { name: 'dac-san-u-minh', floor: 0.90, maxWrong: 5 }, // now 174/193, confidently wrong 5 (placed 4)
  { name: 'dac-san-vinh-chau', floor: 0.88, maxWrong: 7 }, // now 175/197, confidently wrong 7 (placed 7)
  { name: 'dac-san-xu-lang', floor: 0.92, maxWrong: 4 }, // now 184/198, confidently wrong 4 (placed 2)
  { name: 'dac-san-xu-nghe', floor: 0.91, maxWrong: 7 }, // now 182/200, confidently wrong 7 (placed 6)
  { name: 'dan-bau-dan-tranh', floor: 0.88, maxWrong: 10 }, // now 150/170, confidently wrong 10 (placed 8)
  { name: 'dan-guitar', floor: 0.91, maxWrong: 5 }, // now 157/172, confidently wrong 5 (placed 4)
  { name: 'dan-len-da-lat', floor: 0.86, maxWrong: 9 }, // now 171/197, confidently wrong 9 (placed 7)
  { name: 'dan-luoi-my-dong', floor: 0.93, maxWrong: 4 }, // now 187/200, confidently wrong 4 (placed 3)
  { name: 'dan-luoi-tam-giang', floor: 0.92, maxWrong: 3 }, // now 171/185, confidently wrong 3 (placed 3)
  { name: 'dan-organ', floor: 0.91, maxWrong: 3 }, // now 157/171, confidently wrong 3 (placed 1)
  { name: 'dan-tre-phu-vinh', floor: 0.92, maxWrong: 0 }, // now 157/170, confidently wrong 0 (placed 0)
  { name: 'dan-tre-xuan-lai-nhac-cu', floor: 0.96, maxWrong: 0 }, // now 176/182, confidently wrong 0 (placed 0)
  { name: 'dao-da-sy', floor: 0.98, maxWrong: 1 }, // now 210/214, confidently wrong 1 (placed 1)
  { name: 'dao-keo-da-sy', floor: 0.93, maxWrong: 4 }, // now 173/185, confidently wrong 4 (placed 2)
  { name: 'dao-quat-van-giang', floor: 0.89, maxWrong: 7 }, // now 179/199, confidently wrong 7 (placed 6)
  { name: 'dat-vang-kieu-ky', floor: 0.89, maxWrong: 6 }, // now 175/196, confidently wrong 6 (placed 2)
  { name: 'dau-an-thuc-vat', floor: 0.97, maxWrong: 1 }, // now 170/175, confidently wrong 1 (placed 1)
  { name: 'dau-dua-mo-cay', floor: 0.94, maxWrong: 2 }, // now 178/188, confidently wrong 2 (placed 1)
  { name: 'dau-ep-lanh', floor: 0.99, maxWrong: 0 }, // now 203/204, confidently wrong 0 (placed 0)
  { name: 'dau-ep-xuan-lam', floor: 0.95, maxWrong: 4 }, // now 172/180, confidently wrong 4 (placed 3)
  { name: 'dau-gio-cao-xoa', floor: 0.94, maxWrong: 5 }, // now 141/150, confidently wrong 5 (placed 5)
  { name: 'dau-goi-bo-ket', floor: 0.92, maxWrong: 3 }, // now 157/170, confidently wrong 3 (placed 3)
  { name: 'dau-lac-vung-ep', floor: 0.97, maxWrong: 3 }, // now 168/172, confidently wrong 3 (placed 3)
  { name: 'dau-nhot-xe', floor: 0.92, maxWrong: 6 }, // now 159/172, confidently wrong 6 (placed 6)
  { name: 'dau-phu-lang-mo-2', floor: 0.94, maxWrong: 0 }, // now 170/180, confidently wrong 0 (placed 0)
  { name: 'dau-phu-lang-mo', floor: 0.89, maxWrong: 6 }, // now 197/219, confidently wrong 6 (placed 6)
  { name: 'dau-tam-to-bao-loc', floor: 0.93, maxWrong: 4 }, // now 183/195, confidently wrong 4 (placed 4)
  { name: 'dau-tay-da-lat', floor: 0.89, maxWrong: 6 }, // now 179/200, confidently wrong 6 (placed 4)
  { name: 'day-cap-mang-lan', floor: 0.89, maxWrong: 5 }, // now 157/175, confidently wrong 5 (placed 5)
  { name: 'day-dai-dong-thung', floor: 0.93, maxWrong: 2 }, // now 168/180, confidently wrong 2 (placed 2)
  { name: 'day-dien-ong-nuoc', floor: 0.91, maxWrong: 5 }, // now 155/170, confidently wrong 5 (placed 4)
  { name: 'day-dong-ho-thong-minh', floor: 0.97, maxWrong: 0 }, // now 170/175, confidently wrong 0 (placed 0)
  { name: 'day-luoi-hai-hau', floor: 0.87, maxWrong: 3 }, // now 169/194, confidently wrong 3 (placed 3)
  { name: 'day-nam-cao', floor: 0.89, maxWrong: 7 }, // now 173/193, confidently wrong 7 (placed 5)
  { name: 'day-nhay-day-khang-luc', floor: 0.93, maxWrong: 0 }, // now 159/170, confidently wrong 0 (placed 0)
  { name: 'day-thun-buoc-toc', floor: 0.96, maxWrong: 1 }, // now 168/174, confidently wrong 1 (placed 1)
  { name: 'day-thung-xuan-lai', floor: 0.89, maxWrong: 5 }, // now 159/178, confidently wrong 5 (placed 5)
  { name: 'de-nui-ninh-binh', floor: 0.94, maxWrong: 4 }, // now 164/174, confidently wrong 4 (placed 3)
  { name: 'de-nui-ruou-kim-son', floor: 0.90, maxWrong: 7 }, // now 180/199, confidently wrong 7 (placed 6)
  { name: 'de-ruou-gia-vien', floor: 0.93, maxWrong: 3 }, // now 186/199, confidently wrong 3 (placed 3)
  { name: 'de-ruou-ninh-binh', floor: 0.89, maxWrong: 8 }, // now 179/200, confidently wrong 8 (placed 8)
  { name: 'de-tan-nhiet-laptop', floor: 0.90, maxWrong: 6 }, // now 158/174, confidently wrong 6 (placed 6)
  { name: 'decal-xe-may', floor: 0.93, maxWrong: 4 }, // now 164/175, confidently wrong 4 (placed 4)
  { name: 'dem-ngoi-cho-meo-cho', floor: 0.94, maxWrong: 1 }, // now 163/172, confidently wrong 1 (placed 1)
  { name: 'den-ban-hoc', floor: 0.95, maxWrong: 2 }, // now 163/171, confidently wrong 2 (placed 2)
  { name: 'den-ban-lam-viec', floor: 0.90, maxWrong: 2 }, // now 154/170, confidently wrong 2 (placed 1)
  { name: 'den-chum-trang-tri', floor: 0.96, maxWrong: 2 }, // now 169/175, confidently wrong 2 (placed 1)
  { name: 'den-da-muoi-khanh-hoi', floor: 0.92, maxWrong: 2 }, // now 160/173, confidently wrong 2 (placed 2)
  { name: 'den-dau-dai-bai', floor: 0.95, maxWrong: 1 }, // now 184/192, confidently wrong 1 (placed 1)
  { name: 'den-dau-xuan-thuong', floor: 0.90, maxWrong: 4 }, // now 168/185, confidently wrong 4 (placed 3)
  { name: 'den-dien-binh-minh', floor: 0.93, maxWrong: 2 }, // now 168/180, confidently wrong 2 (placed 2)
  { name: 'den-giay-thanh-tuyen', floor: 0.93, maxWrong: 2 }, // now 164/175, confidently wrong 2 (placed 2)
  { name: 'den-gom-bat-trang', floor: 0.93, maxWrong: 4 }, // now 168/180, confidently wrong 4 (placed 4)
  { name: 'den-led-phu-minh', floor: 0.97, maxWrong: 1 }, // now 176/181, confidently wrong 1 (placed 1)
  { name: 'den-led-trang-tri', floor: 0.96, maxWrong: 3 }, // now 166/172, confidently wrong 3 (placed 3)
  { name: 'den-livestream-phu-kien', floor: 0.94, maxWrong: 5 }, // now 162/171, confidently wrong 5 (placed 4)
  { name: 'den-long-hoi-an-2', floor: 0.93, maxWrong: 2 }, // now 170/181, confidently wrong 2 (placed 2)
  { name: 'den-long-hoi-an-3', floor: 0.93, maxWrong: 1 }, // now 161/172, confidently wrong 1 (placed 1)
  { name: 'den-long-hoi-an-4', floor: 0.88, maxWrong: 8 }, // now 170/193, confidently wrong 8 (placed 5)
  { name: 'den-long-hoi-an-5', floor: 0.89, maxWrong: 6 }, // now 176/196, confidently wrong 6 (placed 5)
  { name: 'den-long-hoi-an-6', floor: 0.86, maxWrong: 8 }, // now 167/192, confidently wrong 8 (placed 7)
  { name: 'den-long-hoi-an-7', floor: 0.90, maxWrong: 6 }, // now 181/200, confidently wrong 6 (placed 5)
  { name: 'den-long-hoi-an', floor: 0.99, maxWrong: 0 }, // now 185/186, confidently wrong 0 (placed 0)
  { name: 'den-long-may-do-hoi-an', floor: 0.83, maxWrong: 9 }, // now 161/192, confidently wrong 9 (placed 8)
  { name: 'den-long-thanh-oai', floor: 0.92, maxWrong: 5 }, // now 182/197, confidently wrong 5 (placed 5)
  { name: 'den-long-trieu-khuc', floor: 0.89, maxWrong: 8 }, // now 173/194, confidently wrong 8 (placed 7)
  { name: 'den-long-xuan-my', floor: 0.89, maxWrong: 6 }, // now 149/167, confidently wrong 6 (placed 4)
  { name: 'den-nang-luong-mat-troi', floor: 0.96, maxWrong: 4 }, // now 164/170, confidently wrong 4 (placed 4)
  { name: 'den-nang-luong-phu-nghia', floor: 0.87, maxWrong: 3 }, // now 154/176, confidently wrong 3 (placed 3)
  { name: 'den-ngu-trang-tri', floor: 0.95, maxWrong: 3 }, // now 173/182, confidently wrong 3 (placed 2)
  { name: 'den-ong-sao-trung-thu', floor: 0.94, maxWrong: 4 }, // now 165/175, confidently wrong 4 (placed 4)
  { name: 'den-pha-led', floor: 0.92, maxWrong: 4 }, // now 162/175, confidently wrong 4 (placed 3)
  { name: 'den-pin-doi-dau', floor: 0.90, maxWrong: 3 }, // now 156/172, confidently wrong 3 (placed 3)
  { name: 'den-pin-sac', floor: 0.93, maxWrong: 3 }, // now 159/170, confidently wrong 3 (placed 3)
  { name: 'den-san-vuon-nang-luong', floor: 0.94, maxWrong: 1 }, // now 163/172, confidently wrong 1 (placed 0)
  { name: 'den-tho-dien', floor: 0.91, maxWrong: 5 }, // now 157/172, confidently wrong 5 (placed 4)
  { name: 'den-trang-tri-noel', floor: 0.89, maxWrong: 7 }, // now 157/175, confidently wrong 7 (placed 6)
  { name: 'den-tre-may', floor: 0.98, maxWrong: 1 }, // now 147/150, confidently wrong 1 (placed 1)
  { name: 'den-tre-xuan-son', floor: 0.86, maxWrong: 3 }, // now 156/180, confidently wrong 3 (placed 3)
  { name: 'den-trung-thu-phu-binh', floor: 0.92, maxWrong: 3 }, // now 165/179, confidently wrong 3 (placed 3)
  { name: 'den-tuyp-led', floor: 0.97, maxWrong: 3 }, // now 168/172, confidently wrong 3 (placed 2)
  { name: 'den-xe-may-led', floor: 0.93, maxWrong: 6 }, // now 161/172, confidently wrong 6 (placed 5)
  { name: 'dep-cao-su-dong-hoa', floor: 0.88, maxWrong: 1 }, // now 157/178, confidently wrong 1 (placed 1)
  { name: 'dep-coi-thai-binh', floor: 0.92, maxWrong: 3 }, // now 159/172, confidently wrong 3 (placed 2)
  { name: 'dep-nhua-dong-xuyen', floor: 0.90, maxWrong: 3 }, // now 166/183, confidently wrong 3 (placed 3)
  { name: 'dep-nhua-tong', floor: 0.95, maxWrong: 1 }, // now 167/175, confidently wrong 1 (placed 1)
  { name: 'dep-nhua-xuan-dinh', floor: 0.91, maxWrong: 1 }, // now 171/186, confidently wrong 1 (placed 1)
  { name: 'det-dui-nam-cao', floor: 0.91, maxWrong: 0 }, // now 181/197, confidently wrong 0 (placed 0)
  { name: 'det-khan-thai-phuong', floor: 0.96, maxWrong: 2 }, // now 188/195, confidently wrong 2 (placed 1)
  { name: 'det-kim-la-phu', floor: 0.95, maxWrong: 2 }, // now 190/200, confidently wrong 2 (placed 2)
  { name: 'det-lua-van-phuc-2', floor: 0.89, maxWrong: 6 }, // now 178/200, confidently wrong 6 (placed 5)
  { name: 'det-lua-van-phuc', floor: 0.87, maxWrong: 7 }, // now 164/187, confidently wrong 7 (placed 6)
  { name: 'det-nhuom-xuan-lam', floor: 0.89, maxWrong: 7 }, // now 178/199, confidently wrong 7 (placed 6)
  { name: 'det-tham-phu-xuan', floor: 0.92, maxWrong: 2 }, // now 167/180, confidently wrong 2 (placed 2)
  { name: 'det-tham-yen-phu', floor: 0.93, maxWrong: 3 }, // now 164/176, confidently wrong 3 (placed 2)
  { name: 'det-to-tam-nam-dinh-chan-ga', floor: 0.98, maxWrong: 0 }, // now 189/192, confidently wrong 0 (placed 0)
  { name: 'det-truong-luu', floor: 0.89, maxWrong: 6 }, // now 171/192, confidently wrong 6 (placed 6)
  { name: 'dien-dan-dung-dong-anh', floor: 0.90, maxWrong: 3 }, // now 158/174, confidently wrong 3 (placed 2)
  { name: 'dien-dan-dung-dong-tam', floor: 0.92, maxWrong: 2 }, // now 167/180, confidently wrong 2 (placed 2)
  { name: 'dien-dan-dung-thanh-oai', floor: 0.85, maxWrong: 1 }, // now 156/183, confidently wrong 1 (placed 0)
  { name: 'dien-gia-dung-an-phu', floor: 0.90, maxWrong: 3 }, // now 154/171, confidently wrong 3 (placed 1)
  { name: 'dien-mat-troi-ap-mai', floor: 0.89, maxWrong: 3 }, // now 156/175, confidently wrong 3 (placed 2)
  { name: 'dien-thoai-cu', floor: 0.85, maxWrong: 5 }, // now 146/170, confidently wrong 5 (placed 5)
  { name: 'diet-con-trung-gia-dung', floor: 0.94, maxWrong: 3 }, // now 163/172, confidently wrong 3 (placed 3)
  { name: 'dieu-sao-ba-giang', floor: 0.97, maxWrong: 1 }, // now 179/184, confidently wrong 1 (placed 1)
  { name: 'dieu-thuy-tu', floor: 0.86, maxWrong: 11 }, // now 173/200, confidently wrong 11 (placed 8)
  { name: 'dinh-dong-nam-truc', floor: 0.95, maxWrong: 1 }, // now 190/199, confidently wrong 1 (placed 0)
  { name: 'do-an-chay-dong-goi', floor: 0.95, maxWrong: 3 }, // now 164/172, confidently wrong 3 (placed 2)
  { name: 'do-an-han-quoc', floor: 0.94, maxWrong: 7 }, // now 163/172, confidently wrong 7 (placed 7)
  { name: 'do-bau', floor: 0.92, maxWrong: 2 }, // now 159/171, confidently wrong 2 (placed 2)
  { name: 'do-bep-go-tre', floor: 0.95, maxWrong: 6 }, // now 165/172, confidently wrong 6 (placed 5)
  { name: 'do-boi', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'do-cau-bai-ngang', floor: 0.94, maxWrong: 3 }, // now 178/188, confidently wrong 3 (placed 3)
  { name: 'do-choi-dieu-khien', floor: 0.89, maxWrong: 6 }, // now 154/172, confidently wrong 6 (placed 5)
  { name: 'do-choi-go-van-canh', floor: 0.90, maxWrong: 4 }, // now 175/194, confidently wrong 4 (placed 4)
  { name: 'do-choi-go-xom-trai', floor: 0.88, maxWrong: 3 }, // now 153/172, confidently wrong 3 (placed 3)
  { name: 'do-choi-go', floor: 0.96, maxWrong: 1 }, // now 172/179, confidently wrong 1 (placed 1)
  { name: 'do-choi-lap-rap', floor: 0.95, maxWrong: 3 }, // now 164/172, confidently wrong 3 (placed 3)
  { name: 'do-choi-tre-thach-xa-2', floor: 0.87, maxWrong: 9 }, // now 174/200, confidently wrong 9 (placed 8)
  { name: 'do-choi-tre-thach-xa', floor: 0.95, maxWrong: 2 }, // now 173/181, confidently wrong 2 (placed 1)
  { name: 'do-choi-trung-thu', floor: 0.98, maxWrong: 0 }, // now 169/172, confidently wrong 0 (placed 0)
  { name: 'do-chong-muoi-phu-vinh', floor: 0.93, maxWrong: 2 }, // now 169/180, confidently wrong 2 (placed 1)
  { name: 'do-da-an-thuong', floor: 0.85, maxWrong: 7 }, // now 161/189, confidently wrong 7 (placed 7)
  { name: 'do-da-bo-that-lung', floor: 0.91, maxWrong: 3 }, // now 155/170, confidently wrong 3 (placed 3)
  { name: 'do-da-bong', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'do-da-long-xuyen', floor: 0.95, maxWrong: 1 }, // now 177/186, confidently wrong 1 (placed 1)
  { name: 'do-da-tuy-hoa', floor: 0.91, maxWrong: 3 }, // now 183/200, confidently wrong 3 (placed 3)
  { name: 'do-dung-em-be', floor: 0.95, maxWrong: 3 }, // now 163/170, confidently wrong 3 (placed 2)
  { name: 'do-dung-hoc-sinh-tieu-hoc', floor: 0.91, maxWrong: 3 }, // now 157/172, confidently wrong 3 (placed 3)
  { name: 'do-gia-dung-inox', floor: 0.98, maxWrong: 1 }, // now 169/172, confidently wrong 1 (placed 1)
  { name: 'do-gia-dung-tho-tang', floor: 0.92, maxWrong: 6 }, // now 182/197, confidently wrong 6 (placed 6)
  { name: 'do-go-bep-trung-khanh', floor: 0.91, maxWrong: 3 }, // now 164/180, confidently wrong 3 (placed 2)
  { name: 'do-go-chang-son', floor: 0.88, maxWrong: 8 }, // now 176/198, confidently wrong 8 (placed 8)
  { name: 'do-go-dong-ky-2', floor: 0.89, maxWrong: 5 }, // now 173/194, confidently wrong 5 (placed 4)
  { name: 'do-go-dong-ky-3', floor: 0.92, maxWrong: 4 }, // now 182/197, confidently wrong 4 (placed 2)
  { name: 'do-go-dong-ky-4', floor: 0.89, maxWrong: 7 }, // now 178/198, confidently wrong 7 (placed 7)
  { name: 'do-go-dong-ky-5', floor: 0.92, maxWrong: 2 }, // now 181/195, confidently wrong 2 (placed 2)
  { name: 'do-go-dong-ky-6', floor: 0.90, maxWrong: 8 }, // now 181/200, confidently wrong 8 (placed 5)
  { name: 'do-go-dong-ky-7', floor: 0.91, maxWrong: 6 }, // now 182/200, confidently wrong 6 (placed 6)
  { name: 'do-go-dong-ky', floor: 0.90, maxWrong: 2 }, // now 175/193, confidently wrong 2 (placed 2)
  { name: 'do-go-huu-bang-2', floor: 0.88, maxWrong: 4 }, // now 173/196, confidently wrong 4 (placed 4)
  { name: 'do-go-huu-bang', floor: 0.90, maxWrong: 8 }, // now 167/185, confidently wrong 8 (placed 8)
  { name: 'do-go-kim-bong-2', floor: 0.94, maxWrong: 4 }, // now 183/194, confidently wrong 4 (placed 4)
  { name: 'do-go-kim-bong', floor: 0.93, maxWrong: 3 }, // now 168/180, confidently wrong 3 (placed 2)
  { name: 'do-go-my-nghe-van-ha', floor: 0.93, maxWrong: 6 }, // now 164/175, confidently wrong 6 (placed 6)
  { name: 'do-lot-noi-y', floor: 0.93, maxWrong: 4 }, // now 161/172, confidently wrong 4 (placed 4)
  { name: 'do-may-xuan-lai', floor: 0.94, maxWrong: 1 }, // now 173/184, confidently wrong 1 (placed 1)
  { name: 'do-nghe-moc-nhi-khe', floor: 0.89, maxWrong: 7 }, // now 175/195, confidently wrong 7 (placed 7)
  { name: 'do-nghe-noi-mi', floor: 0.97, maxWrong: 3 }, // now 167/172, confidently wrong 3 (placed 3)
  { name: 'do-ngu-lua-van-phuc', floor: 0.89, maxWrong: 3 }, // now 173/193, confidently wrong 3 (placed 3)
  { name: 'do-ngu-pijama', floor: 0.94, maxWrong: 3 }, // now 170/180, confidently wrong 3 (placed 2)
  { name: 'do-nhua-gia-dung', floor: 0.95, maxWrong: 0 }, // now 143/150, confidently wrong 0 (placed 0)
  { name: 'do-nhua-minh-khai-2', floor: 0.94, maxWrong: 2 }, // now 174/184, confidently wrong 2 (placed 2)
  { name: 'do-nhua-minh-khai', floor: 0.91, maxWrong: 3 }, // now 166/182, confidently wrong 3 (placed 3)
  { name: 'do-spa', floor: 0.95, maxWrong: 2 }, // now 162/170, confidently wrong 2 (placed 2)
  { name: 'do-suoi-phu-luu', floor: 0.95, maxWrong: 0 }, // now 185/194, confidently wrong 0 (placed 0)
  { name: 'do-tap-gym-nu', floor: 0.95, maxWrong: 1 }, // now 86/90, confidently wrong 1 (placed 1)
  { name: 'do-tap-vo', floor: 0.98, maxWrong: 3 }, // now 169/172, confidently wrong 3 (placed 2)
  { name: 'do-tho-bat-trang', floor: 0.95, maxWrong: 3 }, // now 188/196, confidently wrong 3 (placed 3)
  { name: 'do-tho-dai-bai', floor: 0.95, maxWrong: 2 }, // now 177/185, confidently wrong 2 (placed 2)
  { name: 'do-tho-dong-ky', floor: 0.90, maxWrong: 7 }, // now 181/200, confidently wrong 7 (placed 6)
  { name: 'do-tho-son-dong-2', floor: 0.92, maxWrong: 4 }, // now 175/190, confidently wrong 4 (placed 4)
  { name: 'do-tho-son-dong-3', floor: 0.91, maxWrong: 4 }, // now 183/199, confidently wrong 4 (placed 3)
  { name: 'do-tho-son-dong-4', floor: 0.89, maxWrong: 4 }, // now 179/200, confidently wrong 4 (placed 3)
  { name: 'do-tho-son-dong', floor: 0.96, maxWrong: 2 }, // now 173/179, confidently wrong 2 (placed 2)
  { name: 'do-tho-van-diem', floor: 0.86, maxWrong: 6 }, // now 172/198, confidently wrong 6 (placed 5)
  { name: 'do-trang-tri-tet', floor: 0.96, maxWrong: 3 }, // now 165/171, confidently wrong 3 (placed 3)
  { name: 'dong-dai-bai-2', floor: 0.93, maxWrong: 4 }, // now 178/190, confidently wrong 4 (placed 4)
  { name: 'dong-dai-bai-3', floor: 0.97, maxWrong: 1 }, // now 181/186, confidently wrong 1 (placed 1)
  { name: 'dong-dai-bai-4', floor: 0.89, maxWrong: 8 }, // now 175/196, confidently wrong 8 (placed 8)
  { name: 'dong-dai-bai-5', floor: 0.89, maxWrong: 8 }, // now 178/200, confidently wrong 8 (placed 7)
  { name: 'dong-dai-bai-6', floor: 0.94, maxWrong: 2 }, // now 188/200, confidently wrong 2 (placed 2)
  { name: 'dong-dai-bai', floor: 0.91, maxWrong: 8 }, // now 166/182, confidently wrong 8 (placed 8)
  { name: 'dong-duc-phuoc-kieu', floor: 0.99, maxWrong: 0 }, // now 198/199, confidently wrong 0 (placed 0)
  { name: 'dong-ho-deo-tay', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 5)
  { name: 'dong-ho-treo-tuong-ban', floor: 0.93, maxWrong: 3 }, // now 175/187, confidently wrong 3 (placed 2)
  { name: 'dong-ngu-xa', floor: 0.91, maxWrong: 5 }, // now 183/199, confidently wrong 5 (placed 4)
  { name: 'dong-phuc-la-phu', floor: 0.88, maxWrong: 1 }, // now 159/180, confidently wrong 1 (placed 1)
  { name: 'dong-phuc-may-san', floor: 0.91, maxWrong: 2 }, // now 158/172, confidently wrong 2 (placed 1)
  { name: 'dong-phuoc-kieu-2', floor: 0.92, maxWrong: 4 }, // now 184/198, confidently wrong 4 (placed 3)
  { name: 'dong-phuoc-kieu-3', floor: 0.89, maxWrong: 2 }, // now 175/195, confidently wrong 2 (placed 2)
  { name: 'dong-phuoc-kieu-4', floor: 0.85, maxWrong: 3 }, // now 171/199, confidently wrong 3 (placed 1)
  { name: 'dong-phuoc-kieu-5', floor: 0.93, maxWrong: 1 }, // now 187/200, confidently wrong 1 (placed 1)
  { name: 'dong-phuoc-kieu', floor: 0.88, maxWrong: 4 }, // now 172/195, confidently wrong 4 (placed 4)
  { name: 'dong-thanh-thuy', floor: 0.89, maxWrong: 6 }, // now 178/200, confidently wrong 6 (placed 6)
  { name: 'dong-trung-ban-khoang', floor: 0.92, maxWrong: 2 }, // now 175/189, confidently wrong 2 (placed 2)
  { name: 'dong-van-ha-2', floor: 0.92, maxWrong: 3 }, // now 185/200, confidently wrong 3 (placed 3)
  { name: 'dong-van-ha', floor: 0.90, maxWrong: 9 }, // now 176/195, confidently wrong 9 (placed 8)
  { name: 'dong-xam-bac', floor: 0.99, maxWrong: 0 }, // now 214/215, confidently wrong 0 (placed 0)
  { name: 'dua-ben-tre', floor: 0.89, maxWrong: 10 }, // now 179/200, confidently wrong 10 (placed 9)
  { name: 'dua-ca-muoi-chua', floor: 0.90, maxWrong: 4 }, // now 158/175, confidently wrong 4 (placed 2)
  { name: 'dua-cau-ke', floor: 0.93, maxWrong: 6 }, // now 168/180, confidently wrong 6 (placed 6)
  { name: 'dua-chieu-tam-quan', floor: 0.90, maxWrong: 8 }, // now 179/198, confidently wrong 8 (placed 8)
  { name: 'dua-go-an-lac', floor: 0.89, maxWrong: 2 }, // now 166/185, confidently wrong 2 (placed 2)
  { name: 'dua-luoi-trai-cay', floor: 0.90, maxWrong: 2 }, // now 137/152, confidently wrong 2 (placed 2)
  { name: 'dua-mo-cay-2', floor: 0.94, maxWrong: 2 }, // now 180/191, confidently wrong 2 (placed 2)
  { name: 'dua-mo-cay-3', floor: 0.90, maxWrong: 10 }, // now 181/200, confidently wrong 10 (placed 10)
  { name: 'dua-mo-cay', floor: 0.88, maxWrong: 7 }, // now 172/194, confidently wrong 7 (placed 7)
  { name: 'dua-phuoc-hiep', floor: 0.93, maxWrong: 5 }, // now 175/188, confidently wrong 5 (placed 4)
  { name: 'dua-sap-cau-ke-2', floor: 0.94, maxWrong: 5 }, // now 184/195, confidently wrong 5 (placed 4)
  { name: 'dua-sap-cau-ke', floor: 0.95, maxWrong: 3 }, // now 190/200, confidently wrong 3 (placed 3)
  { name: 'duc-dong-nam-truc', floor: 0.89, maxWrong: 3 }, // now 178/199, confidently wrong 3 (placed 2)
  { name: 'duc-dong-ngu-xa-2', floor: 0.92, maxWrong: 3 }, // now 184/200, confidently wrong 3 (placed 2)
  { name: 'duc-dong-ngu-xa', floor: 0.93, maxWrong: 5 }, // now 186/200, confidently wrong 5 (placed 5)
  { name: 'duc-dong-thanh-thuy-2', floor: 0.87, maxWrong: 5 }, // now 173/197, confidently wrong 5 (placed 4)
  { name: 'duc-dong-thanh-thuy', floor: 0.92, maxWrong: 6 }, // now 182/196, confidently wrong 6 (placed 5)
  { name: 'duc-dong-tong-xa', floor: 0.86, maxWrong: 6 }, // now 167/192, confidently wrong 6 (placed 6)
  { name: 'duc-dong-van-ha', floor: 0.85, maxWrong: 10 }, // now 171/200, confidently wrong 10 (placed 7)
  { name: 'dung-cu-bep-silicon', floor: 0.98, maxWrong: 0 }, // now 167/170, confidently wrong 0 (placed 0)
  { name: 'dung-cu-cam-trai', floor: 0.98, maxWrong: 1 }, // now 167/170, confidently wrong 1 (placed 1)
  { name: 'dung-cu-cat-co', floor: 0.90, maxWrong: 8 }, // now 155/171, confidently wrong 8 (placed 7)
  { name: 'dung-cu-cat-tia-cay', floor: 0.97, maxWrong: 0 }, // now 167/172, confidently wrong 0 (placed 0)
  { name: 'dung-cu-cat-toc', floor: 0.96, maxWrong: 4 }, // now 166/172, confidently wrong 4 (placed 4)
  { name: 'dung-cu-cau-ca', floor: 0.98, maxWrong: 0 }, // now 186/188, confidently wrong 0 (placed 0)
  { name: 'dung-cu-cau-long-san', floor: 0.91, maxWrong: 3 }, // now 158/172, confidently wrong 3 (placed 2)
  { name: 'dung-cu-cham-soc-moc', floor: 0.95, maxWrong: 3 }, // now 166/173, confidently wrong 3 (placed 3)
  { name: 'dung-cu-dien-cam-tay', floor: 0.92, maxWrong: 4 }, // now 158/171, confidently wrong 4 (placed 4)
  { name: 'dung-cu-lam-banh', floor: 0.95, maxWrong: 4 }, // now 167/175, confidently wrong 4 (placed 4)
  { name: 'dung-cu-lam-nail', floor: 0.95, maxWrong: 2 }, // now 167/175, confidently wrong 2 (placed 1)
  { name: 'dung-cu-lam-vuon', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'dung-cu-lau-nha', floor: 0.92, maxWrong: 6 }, // now 158/171, confidently wrong 6 (placed 5)
  { name: 'dung-cu-pha-che', floor: 1.00, maxWrong: 0 }, // now 25/25, confidently wrong 0 (placed 0)
  { name: 'dung-cu-son-dong-cao', floor: 0.91, maxWrong: 5 }, // now 179/195, confidently wrong 5 (placed 5)
  { name: 'dung-cu-sua-xe', floor: 0.95, maxWrong: 1 }, // now 165/172, confidently wrong 1 (placed 0)
  { name: 'dung-cu-thi-nghiem', floor: 0.97, maxWrong: 3 }, // now 170/175, confidently wrong 3 (placed 3)
  { name: 'dung-cu-thu-y-trang-trai', floor: 0.97, maxWrong: 3 }, // now 166/170, confidently wrong 3 (placed 3)
  { name: 'dung-cu-ve-sinh-be-ca', floor: 0.94, maxWrong: 1 }, // now 162/172, confidently wrong 1 (placed 1)
  { name: 'dung-cu-ve-sinh-giay', floor: 0.92, maxWrong: 2 }, // now 159/172, confidently wrong 2 (placed 1)
  { name: 'dung-cu-ve-tranh', floor: 0.96, maxWrong: 4 }, // now 166/172, confidently wrong 4 (placed 3)
  { name: 'dung-cu-vuon-da-sy', floor: 0.97, maxWrong: 0 }, // now 192/196, confidently wrong 0 (placed 0)
  { name: 'dung-cu-yoga', floor: 0.95, maxWrong: 3 }, // now 163/170, confidently wrong 3 (placed 3)
  { name: 'duoc-lieu-dai-yen', floor: 0.91, maxWrong: 11 }, // now 174/191, confidently wrong 11 (placed 10)
  { name: 'duoc-lieu-ninh-hiep', floor: 0.99, maxWrong: 0 }, // now 201/203, confidently wrong 0 (placed 0)
  { name: 'duoc-lieu-tu-mo-rong', floor: 0.89, maxWrong: 11 }, // now 178/199, confidently wrong 11 (placed 10)
  { name: 'duong-phen-mat-mia', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 5)
  { name: 'duong-que-tinh-phong', floor: 0.92, maxWrong: 4 }, // now 175/190, confidently wrong 4 (placed 4)
  { name: 'flan-xom-chua', floor: 0.91, maxWrong: 3 }, // now 181/198, confidently wrong 3 (placed 3)
  { name: 'ga-ac-tan-lap', floor: 0.94, maxWrong: 1 }, // now 175/185, confidently wrong 1 (placed 1)
  { name: 'ga-choi-dong-lam', floor: 0.94, maxWrong: 3 }, // now 174/184, confidently wrong 3 (placed 2)
  { name: 'ga-dong-tao-2', floor: 0.86, maxWrong: 12 }, // now 172/199, confidently wrong 12 (placed 11)
  { name: 'ga-dong-tao-khoai-chau-2', floor: 0.87, maxWrong: 7 }, // now 174/199, confidently wrong 7 (placed 6)
  { name: 'ga-dong-tao-khoai-chau', floor: 0.94, maxWrong: 4 }, // now 187/198, confidently wrong 4 (placed 2)
  { name: 'ga-dong-tao', floor: 0.97, maxWrong: 0 }, // now 171/176, confidently wrong 0 (placed 0)
  { name: 'ga-giuong-cotton', floor: 0.86, maxWrong: 11 }, // now 149/172, confidently wrong 11 (placed 11)
  { name: 'ga-nuong-hoa-phuoc', floor: 0.89, maxWrong: 8 }, // now 179/199, confidently wrong 8 (placed 7)
  { name: 'ga-quy-dong-tao', floor: 0.86, maxWrong: 8 }, // now 154/178, confidently wrong 8 (placed 8)
  { name: 'ga-vit-quay', floor: 0.92, maxWrong: 4 }, // now 158/170, confidently wrong 4 (placed 4)
  { name: 'gac-bep-muong-la', floor: 0.93, maxWrong: 8 }, // now 186/200, confidently wrong 8 (placed 6)
  { name: 'gac-bep-muong-lo', floor: 0.92, maxWrong: 3 }, // now 167/180, confidently wrong 3 (placed 3)
  { name: 'gac-bep-muong-thanh', floor: 0.95, maxWrong: 1 }, // now 181/189, confidently wrong 1 (placed 1)
  { name: 'gach-gom-bat-trang', floor: 0.85, maxWrong: 9 }, // now 171/200, confidently wrong 9 (placed 8)
  { name: 'gach-gom-mang-thit-2', floor: 0.87, maxWrong: 6 }, // now 171/196, confidently wrong 6 (placed 4)
  { name: 'gach-gom-mang-thit-3', floor: 0.85, maxWrong: 13 }, // now 167/195, confidently wrong 13 (placed 12)
  { name: 'gach-gom-mang-thit-4', floor: 0.83, maxWrong: 10 }, // now 162/195, confidently wrong 10 (placed 9)
  { name: 'gach-gom-mang-thit-5', floor: 0.90, maxWrong: 9 }, // now 180/199, confidently wrong 9 (placed 7)
  { name: 'gach-gom-mang-thit', floor: 0.90, maxWrong: 4 }, // now 171/188, confidently wrong 4 (placed 4)
  { name: 'gach-men-bat-trang', floor: 0.92, maxWrong: 2 }, // now 164/178, confidently wrong 2 (placed 2)
  { name: 'gach-men-chu-dau-gom', floor: 0.97, maxWrong: 0 }, // now 177/181, confidently wrong 0 (placed 0)
  { name: 'gach-ngoi-huong-canh', floor: 0.84, maxWrong: 6 }, // now 160/190, confidently wrong 6 (placed 4)
  { name: 'gach-op-lat-san-vuon', floor: 0.92, maxWrong: 2 }, // now 158/170, confidently wrong 2 (placed 1)
  { name: 'gach-trang-tri-bat-trang', floor: 0.93, maxWrong: 1 }, // now 161/172, confidently wrong 1 (placed 1)
  { name: 'gang-tay-bao-ho', floor: 0.92, maxWrong: 2 }, // now 158/171, confidently wrong 2 (placed 1)
  { name: 'gang-tay-y-te', floor: 0.93, maxWrong: 4 }, // now 174/186, confidently wrong 4 (placed 4)
  { name: 'gao-banh-thoi-long', floor: 0.87, maxWrong: 8 }, // now 173/198, confidently wrong 8 (placed 7)
  { name: 'gao-dac-san', floor: 0.97, maxWrong: 1 }, // now 197/203, confidently wrong 1 (placed 1)
  { name: 'gao-hai-hau-2', floor: 0.86, maxWrong: 12 }, // now 172/200, confidently wrong 12 (placed 11)
  { name: 'gao-hai-hau', floor: 0.82, maxWrong: 11 }, // now 162/197, confidently wrong 11 (placed 9)
  { name: 'gao-lut-ngu-coc', floor: 0.90, maxWrong: 0 }, // now 160/176, confidently wrong 0 (placed 0)
  { name: 'gao-my-xuyen', floor: 0.90, maxWrong: 3 }, // now 167/185, confidently wrong 3 (placed 3)
  { name: 'gao-nep-hai-hau', floor: 0.89, maxWrong: 7 }, // now 178/200, confidently wrong 7 (placed 6)
  { name: 'gao-que-hiep-son', floor: 0.94, maxWrong: 2 }, // now 161/170, confidently wrong 2 (placed 2)
  { name: 'gao-que-my-xuyen', floor: 0.93, maxWrong: 2 }, // now 166/178, confidently wrong 2 (placed 2)
  { name: 'gao-tom-kho-can-duoc', floor: 0.90, maxWrong: 4 }, // now 179/198, confidently wrong 4 (placed 3)
  { name: 'gao-vung-hai-hau', floor: 0.91, maxWrong: 3 }, // now 174/190, confidently wrong 3 (placed 3)
  { name: 'gau-bong', floor: 0.96, maxWrong: 0 }, // now 170/176, confidently wrong 0 (placed 0)
  { name: 'ghe-sofa-mini', floor: 0.95, maxWrong: 0 }, // now 165/172, confidently wrong 0 (placed 0)
  { name: 'ghe-van-phong', floor: 0.95, maxWrong: 3 }, // now 167/175, confidently wrong 3 (placed 1)
  { name: 'gia-cam-xuan-lai', floor: 0.90, maxWrong: 5 }, // now 174/193, confidently wrong 5 (placed 5)
  { name: 'gia-dung-da-hoi', floor: 0.95, maxWrong: 1 }, // now 180/188, confidently wrong 1 (placed 1)
  { name: 'gia-dung-phung-xa', floor: 0.86, maxWrong: 9 }, // now 168/194, confidently wrong 9 (placed 8)
  { name: 'gia-ke-sat-my-thuat', floor: 0.91, maxWrong: 3 }, // now 156/170, confidently wrong 3 (placed 3)
  { name: 'gia-phoi-inox-da-hoi', floor: 0.91, maxWrong: 2 }, // now 172/187, confidently wrong 2 (placed 2)
  { name: 'gia-vi-nhap-khau', floor: 0.97, maxWrong: 1 }, // now 165/170, confidently wrong 1 (placed 1)
  { name: 'gia-vi-tay-bac', floor: 0.97, maxWrong: 2 }, // now 178/183, confidently wrong 2 (placed 0)
  { name: 'giai-khat-tan-phu', floor: 0.90, maxWrong: 8 }, // now 168/186, confidently wrong 8 (placed 5)
  { name: 'giai-khat-tra-que', floor: 0.88, maxWrong: 4 }, // now 167/188, confidently wrong 4 (placed 3)
  { name: 'giam-men-lang-van', floor: 0.96, maxWrong: 1 }, // now 169/175, confidently wrong 1 (placed 1)
  { name: 'giay-bao-ho', floor: 0.93, maxWrong: 4 }, // now 159/170, confidently wrong 4 (placed 4)
  { name: 'giay-cao-got', floor: 0.94, maxWrong: 0 }, // now 161/171, confidently wrong 0 (placed 0)
  { name: 'giay-da-phu-yen-2', floor: 0.90, maxWrong: 0 }, // now 160/176, confidently wrong 0 (placed 0)
  { name: 'giay-da-phu-yen', floor: 0.99, maxWrong: 0 }, // now 185/186, confidently wrong 0 (placed 0)
  { name: 'giay-da-tan-lap', floor: 0.88, maxWrong: 7 }, // now 174/196, confidently wrong 7 (placed 4)
  { name: 'giay-dan-tuong', floor: 0.89, maxWrong: 5 }, // now 154/172, confidently wrong 5 (placed 3)
  { name: 'giay-decal-in', floor: 0.94, maxWrong: 2 }, // now 162/172, confidently wrong 2 (placed 2)
  { name: 'giay-dep-cao-su-dai-dong', floor: 0.88, maxWrong: 2 }, // now 155/176, confidently wrong 2 (placed 2)
  { name: 'giay-dep-dong-xa', floor: 0.88, maxWrong: 2 }, // now 160/180, confidently wrong 2 (placed 0)
  { name: 'giay-dep-nam', floor: 0.93, maxWrong: 0 }, // now 160/172, confidently wrong 0 (placed 0)
  { name: 'giay-dep-phu-yen', floor: 0.86, maxWrong: 6 }, // now 168/195, confidently wrong 6 (placed 5)
  { name: 'giay-do-duong-o-2', floor: 0.91, maxWrong: 11 }, // now 182/200, confidently wrong 11 (placed 7)
  { name: 'giay-do-duong-o', floor: 0.95, maxWrong: 7 }, // now 178/187, confidently wrong 7 (placed 5)
  { name: 'giay-do-phong-khe', floor: 0.85, maxWrong: 8 }, // now 167/195, confidently wrong 8 (placed 7)
  { name: 'giay-do-yen-thai-2', floor: 0.87, maxWrong: 11 }, // now 174/200, confidently wrong 11 (placed 10)
  { name: 'giay-do-yen-thai', floor: 0.88, maxWrong: 10 }, // now 175/197, confidently wrong 10 (placed 8)
  { name: 'giay-goi-qua', floor: 0.94, maxWrong: 4 }, // now 160/170, confidently wrong 4 (placed 4)
  { name: 'giay-in-a4', floor: 0.92, maxWrong: 4 }, // now 158/171, confidently wrong 4 (placed 3)
  { name: 'giay-in-nhiet-bill', floor: 0.93, maxWrong: 5 }, // now 161/172, confidently wrong 5 (placed 5)
  { name: 'giay-nham-vat-tu-mai', floor: 0.94, maxWrong: 4 }, // now 161/170, confidently wrong 4 (placed 4)
  { name: 'giay-the-thao', floor: 0.92, maxWrong: 3 }, // now 166/180, confidently wrong 3 (placed 2)
  { name: 'giay-tre-em', floor: 0.94, maxWrong: 0 }, // now 162/171, confidently wrong 0 (placed 0)
  { name: 'giay-ve-sinh-khan-giay', floor: 0.91, maxWrong: 7 }, // now 158/172, confidently wrong 7 (placed 6)
  { name: 'giay-vo-hoc-sinh', floor: 0.95, maxWrong: 1 }, // now 164/171, confidently wrong 1 (placed 1)
  { name: 'giay-vo-phong-khe', floor: 0.92, maxWrong: 2 }, // now 166/180, confidently wrong 2 (placed 2)
  { name: 'gio-cha-chuoi-ngu-dai-hoang', floor: 0.91, maxWrong: 5 }, // now 175/191, confidently wrong 5 (placed 4)
  { name: 'gio-cha-ga-doi-tam-duong', floor: 0.90, maxWrong: 7 }, // now 177/196, confidently wrong 7 (placed 7)
  { name: 'gio-cha-uoc-le-2', floor: 0.93, maxWrong: 3 }, // now 178/190, confidently wrong 3 (placed 3)
  { name: 'gio-cha-uoc-le-3', floor: 0.94, maxWrong: 3 }, // now 169/178, confidently wrong 3 (placed 3)
  { name: 'gio-cha-uoc-le-4', floor: 0.91, maxWrong: 2 }, // now 180/196, confidently wrong 2 (placed 2)
  { name: 'gio-cha-uoc-le-5', floor: 0.90, maxWrong: 2 }, // now 181/199, confidently wrong 2 (placed 2)
  { name: 'gio-cha-uoc-le', floor: 0.97, maxWrong: 1 }, // now 178/182, confidently wrong 1 (placed 1)
  { name: 'gio-nhua-dan-tay', floor: 0.99, maxWrong: 0 }, // now 170/171, confidently wrong 0 (placed 0)
  { name: 'giong-cay-phu-dong', floor: 0.95, maxWrong: 3 }, // now 171/180, confidently wrong 3 (placed 3)
  { name: 'giong-thuy-san-tien-dong', floor: 0.92, maxWrong: 6 }, // now 169/182, confidently wrong 6 (placed 2)
  { name: 'go-bao-ha-tho-cam-sa-pa', floor: 0.89, maxWrong: 6 }, // now 166/186, confidently wrong 6 (placed 6)
  { name: 'go-dong-ky', floor: 0.98, maxWrong: 1 }, // now 196/199, confidently wrong 1 (placed 1)
  { name: 'go-lua-tan-lap', floor: 0.95, maxWrong: 4 }, // now 171/180, confidently wrong 4 (placed 4)
  { name: 'go-my-nghe-dong-ky', floor: 0.92, maxWrong: 3 }, // now 162/175, confidently wrong 3 (placed 3)
  { name: 'go-my-nghe-la-xuyen', floor: 0.92, maxWrong: 2 }, // now 173/188, confidently wrong 2 (placed 1)
  { name: 'go-my-nghe-phu-khe', floor: 0.87, maxWrong: 4 }, // now 173/198, confidently wrong 4 (placed 4)
  { name: 'go-phu-khe-2', floor: 0.93, maxWrong: 4 }, // now 187/200, confidently wrong 4 (placed 3)
  { name: 'go-phu-khe-3', floor: 0.90, maxWrong: 9 }, // now 181/200, confidently wrong 9 (placed 7)
  { name: 'go-phu-khe', floor: 0.86, maxWrong: 10 }, // now 171/197, confidently wrong 10 (placed 8)
  { name: 'goi-cao-su-goi-theu', floor: 0.96, maxWrong: 0 }, // now 144/150, confidently wrong 0 (placed 0)
  { name: 'goi-cuon-trang-bang', floor: 0.89, maxWrong: 4 }, // now 161/180, confidently wrong 4 (placed 3)
  { name: 'goi-ngu-em-be', floor: 0.92, maxWrong: 4 }, // now 161/175, confidently wrong 4 (placed 3)
  { name: 'goi-rem-la-phu', floor: 0.89, maxWrong: 5 }, // now 161/180, confidently wrong 5 (placed 5)
  { name: 'goi-tua-lung-co', floor: 0.97, maxWrong: 0 }, // now 180/184, confidently wrong 0 (placed 0)
  { name: 'gom-bat-trang-2', floor: 0.96, maxWrong: 1 }, // now 174/180, confidently wrong 1 (placed 1)
  { name: 'gom-bat-trang', floor: 0.99, maxWrong: 1 }, // now 173/174, confidently wrong 1 (placed 1)
  { name: 'gom-bau-truc-2', floor: 0.92, maxWrong: 3 }, // now 164/178, confidently wrong 3 (placed 3)
  { name: 'gom-bau-truc-3', floor: 0.93, maxWrong: 3 }, // now 187/200, confidently wrong 3 (placed 2)
  { name: 'gom-bau-truc-4', floor: 0.93, maxWrong: 4 }, // now 186/200, confidently wrong 4 (placed 3)
  { name: 'gom-bau-truc-tho-cam-my-nghiep', floor: 0.91, maxWrong: 9 }, // now 181/198, confidently wrong 9 (placed 6)
  { name: 'gom-bau-truc', floor: 0.99, maxWrong: 1 }, // now 172/173, confidently wrong 1 (placed 1)
  { name: 'gom-cham-bau-truc', floor: 0.89, maxWrong: 6 }, // now 178/199, confidently wrong 6 (placed 6)
  { name: 'gom-chu-dau-2', floor: 0.90, maxWrong: 9 }, // now 171/189, confidently wrong 9 (placed 9)
  { name: 'gom-chu-dau-3', floor: 0.88, maxWrong: 6 }, // now 173/196, confidently wrong 6 (placed 6)
  { name: 'gom-chu-dau-4', floor: 0.91, maxWrong: 3 }, // now 171/186, confidently wrong 3 (placed 3)
  { name: 'gom-chu-dau-5', floor: 0.91, maxWrong: 5 }, // now 178/195, confidently wrong 5 (placed 4)
  { name: 'gom-chu-dau-6', floor: 0.90, maxWrong: 3 }, // now 181/200, confidently wrong 3 (placed 1)
  { name: 'gom-chu-dau', floor: 0.93, maxWrong: 5 }, // now 183/195, confidently wrong 5 (placed 4)
  { name: 'gom-dat-nung-binh-luong', floor: 0.92, maxWrong: 4 }, // now 169/182, confidently wrong 4 (placed 4)
  { name: 'gom-den-bat-trang', floor: 0.88, maxWrong: 8 }, // now 172/195, confidently wrong 8 (placed 4)
  { name: 'gom-do-mang-thit', floor: 0.89, maxWrong: 9 }, // now 174/195, confidently wrong 9 (placed 8)
  { name: 'gom-giang-cao-2', floor: 0.90, maxWrong: 5 }, // now 179/197, confidently wrong 5 (placed 5)
  { name: 'gom-giang-cao-3', floor: 0.89, maxWrong: 3 }, // now 179/199, confidently wrong 3 (placed 3)
  { name: 'gom-giang-cao-bat-trang', floor: 0.95, maxWrong: 3 }, // now 189/198, confidently wrong 3 (placed 2)
  { name: 'gom-giang-cao', floor: 0.96, maxWrong: 1 }, // now 178/185, confidently wrong 1 (placed 1)
  { name: 'gom-giay-phao-binh-da', floor: 0.92, maxWrong: 7 }, // now 184/200, confidently wrong 7 (placed 6)
  { name: 'gom-huong-canh-2', floor: 0.91, maxWrong: 7 }, // now 183/200, confidently wrong 7 (placed 6)
  { name: 'gom-huong-canh-3', floor: 0.88, maxWrong: 7 }, // now 170/193, confidently wrong 7 (placed 6)
  { name: 'gom-huong-canh-4', floor: 0.91, maxWrong: 4 }, // now 171/186, confidently wrong 4 (placed 3)
  { name: 'gom-huong-canh-5', floor: 0.87, maxWrong: 6 }, // now 172/196, confidently wrong 6 (placed 5)
  { name: 'gom-huong-canh-6', floor: 0.89, maxWrong: 3 }, // now 172/193, confidently wrong 3 (placed 3)
  { name: 'gom-huong-canh', floor: 0.96, maxWrong: 2 }, // now 184/190, confidently wrong 2 (placed 2)
  { name: 'gom-kim-lan-2', floor: 0.88, maxWrong: 4 }, // now 177/199, confidently wrong 4 (placed 4)
  { name: 'gom-kim-lan-3', floor: 0.94, maxWrong: 1 }, // now 189/200, confidently wrong 1 (placed 1)
  { name: 'gom-kim-lan', floor: 0.92, maxWrong: 7 }, // now 174/189, confidently wrong 7 (placed 6)
  { name: 'gom-lai-thieu', floor: 0.89, maxWrong: 5 }, // now 179/200, confidently wrong 5 (placed 3)
  { name: 'gom-mang-cut-lai-thieu', floor: 0.96, maxWrong: 1 }, // now 180/187, confidently wrong 1 (placed 1)
  { name: 'gom-men-bat-trang-2', floor: 0.93, maxWrong: 6 }, // now 186/200, confidently wrong 6 (placed 6)
  { name: 'gom-men-bat-trang-3', floor: 0.92, maxWrong: 2 }, // now 180/195, confidently wrong 2 (placed 2)
  { name: 'gom-men-bat-trang-4', floor: 0.89, maxWrong: 2 }, // now 178/200, confidently wrong 2 (placed 2)
  { name: 'gom-men-bat-trang', floor: 0.90, maxWrong: 4 }, // now 167/185, confidently wrong 4 (placed 4)
  { name: 'gom-phu-lang-10', floor: 0.93, maxWrong: 7 }, // now 186/200, confidently wrong 7 (placed 7)
  { name: 'gom-phu-lang-2', floor: 0.91, maxWrong: 6 }, // now 181/197, confidently wrong 6 (placed 5)
  { name: 'gom-phu-lang-3', floor: 0.94, maxWrong: 3 }, // now 173/183, confidently wrong 3 (placed 3)
  { name: 'gom-phu-lang-4', floor: 0.91, maxWrong: 5 }, // now 181/197, confidently wrong 5 (placed 5)
  { name: 'gom-phu-lang-5', floor: 0.93, maxWrong: 7 }, // now 185/198, confidently wrong 7 (placed 5)
  { name: 'gom-phu-lang-6', floor: 0.86, maxWrong: 6 }, // now 166/193, confidently wrong 6 (placed 6)
  { name: 'gom-phu-lang-7', floor: 0.93, maxWrong: 5 }, // now 178/191, confidently wrong 5 (placed 3)
  { name: 'gom-phu-lang-8', floor: 0.93, maxWrong: 2 }, // now 187/200, confidently wrong 2 (placed 1)
  { name: 'gom-phu-lang-9', floor: 0.93, maxWrong: 5 }, // now 186/200, confidently wrong 5 (placed 4)
  { name: 'gom-phu-lang', floor: 0.91, maxWrong: 5 }, // now 158/172, confidently wrong 5 (placed 4)
  { name: 'gom-phuoc-tich-2', floor: 0.93, maxWrong: 4 }, // now 187/199, confidently wrong 4 (placed 4)
  { name: 'gom-phuoc-tich-3', floor: 0.93, maxWrong: 5 }, // now 186/200, confidently wrong 5 (placed 4)
  { name: 'gom-phuoc-tich-4', floor: 0.90, maxWrong: 4 }, // now 179/197, confidently wrong 4 (placed 4)
  { name: 'gom-phuoc-tich', floor: 0.92, maxWrong: 1 }, // now 169/182, confidently wrong 1 (placed 1)
  { name: 'gom-sanh-phu-lang', floor: 0.90, maxWrong: 3 }, // now 168/185, confidently wrong 3 (placed 1)
  { name: 'gom-su-bat-trang-2', floor: 0.90, maxWrong: 3 }, // now 180/200, confidently wrong 3 (placed 3)
  { name: 'gom-su-bat-trang-3', floor: 0.93, maxWrong: 7 }, // now 187/200, confidently wrong 7 (placed 6)
  { name: 'gom-su-bat-trang', floor: 0.93, maxWrong: 5 }, // now 185/198, confidently wrong 5 (placed 4)
  { name: 'gom-su-lai-thieu', floor: 0.95, maxWrong: 1 }, // now 190/198, confidently wrong 1 (placed 1)
  { name: 'gom-su-minh-long', floor: 0.94, maxWrong: 3 }, // now 163/172, confidently wrong 3 (placed 3)
  { name: 'gom-tam-son', floor: 0.94, maxWrong: 3 }, // now 184/195, confidently wrong 3 (placed 3)
  { name: 'gom-tan-hanh', floor: 0.88, maxWrong: 12 }, // now 176/198, confidently wrong 12 (placed 9)
  { name: 'gom-tan-van-2', floor: 0.85, maxWrong: 10 }, // now 156/183, confidently wrong 10 (placed 9)
  { name: 'gom-tan-van', floor: 0.91, maxWrong: 3 }, // now 182/199, confidently wrong 3 (placed 3)
  { name: 'gom-thanh-ha-10', floor: 0.92, maxWrong: 5 }, // now 185/200, confidently wrong 5 (placed 4)
  { name: 'gom-thanh-ha-2', floor: 0.92, maxWrong: 4 }, // now 183/198, confidently wrong 4 (placed 4)
  { name: 'gom-thanh-ha-3', floor: 0.92, maxWrong: 7 }, // now 184/198, confidently wrong 7 (placed 7)
  { name: 'gom-thanh-ha-4', floor: 0.88, maxWrong: 11 }, // now 173/196, confidently wrong 11 (placed 8)
  { name: 'gom-thanh-ha-5', floor: 0.88, maxWrong: 6 }, // now 173/195, confidently wrong 6 (placed 4)
  { name: 'gom-thanh-ha-6', floor: 0.90, maxWrong: 4 }, // now 179/197, confidently wrong 4 (placed 3)
  { name: 'gom-thanh-ha-7', floor: 0.89, maxWrong: 6 }, // now 176/197, confidently wrong 6 (placed 6)
  { name: 'gom-thanh-ha-8', floor: 0.88, maxWrong: 3 }, // now 170/192, confidently wrong 3 (placed 2)
  { name: 'gom-thanh-ha-9', floor: 0.92, maxWrong: 4 }, // now 184/200, confidently wrong 4 (placed 4)
  { name: 'gom-thanh-ha', floor: 0.92, maxWrong: 5 }, // now 175/190, confidently wrong 5 (placed 3)
  { name: 'gom-tho-ha-2', floor: 0.95, maxWrong: 1 }, // now 191/200, confidently wrong 1 (placed 0)
  { name: 'gom-tho-ha', floor: 0.90, maxWrong: 3 }, // now 178/196, confidently wrong 3 (placed 3)
  { name: 'gom-tru-son', floor: 0.94, maxWrong: 1 }, // now 170/180, confidently wrong 1 (placed 0)
  { name: 'gom-xuan-son-dong-trieu', floor: 0.86, maxWrong: 4 }, // now 169/195, confidently wrong 4 (placed 3)
  { name: 'gui-may-buon-don', floor: 0.96, maxWrong: 1 }, // now 184/191, confidently wrong 1 (placed 1)
  { name: 'guoc-moc-tay-ninh', floor: 0.98, maxWrong: 0 }, // now 169/171, confidently wrong 0 (placed 0)
  { name: 'guong-kinh', floor: 0.97, maxWrong: 0 }, // now 167/172, confidently wrong 0 (placed 0)
  { name: 'hai-san-ba-lang', floor: 0.96, maxWrong: 1 }, // now 173/180, confidently wrong 1 (placed 1)
  { name: 'hai-san-bao-ninh-2', floor: 0.92, maxWrong: 7 }, // now 182/197, confidently wrong 7 (placed 6)
  { name: 'hai-san-bao-ninh', floor: 0.94, maxWrong: 3 }, // now 182/193, confidently wrong 3 (placed 3)
  { name: 'hai-san-canh-duong-2', floor: 0.94, maxWrong: 5 }, // now 184/195, confidently wrong 5 (placed 5)
  { name: 'hai-san-canh-duong', floor: 0.97, maxWrong: 0 }, // now 188/192, confidently wrong 0 (placed 0)
  { name: 'hai-san-cua-lo', floor: 0.90, maxWrong: 8 }, // now 180/198, confidently wrong 8 (placed 8)
  { name: 'hai-san-hoang-phu', floor: 0.92, maxWrong: 5 }, // now 177/192, confidently wrong 5 (placed 3)
  { name: 'hai-san-kho-bao-ninh', floor: 0.91, maxWrong: 8 }, // now 180/196, confidently wrong 8 (placed 8)
  { name: 'hai-san-kho-can-thanh', floor: 0.91, maxWrong: 7 }, // now 178/194, confidently wrong 7 (placed 6)
  { name: 'hai-san-kho-canh-duong', floor: 0.94, maxWrong: 3 }, // now 188/199, confidently wrong 3 (placed 3)
  { name: 'hai-san-kho-cua-lo-2', floor: 0.95, maxWrong: 4 }, // now 178/186, confidently wrong 4 (placed 4)
  { name: 'hai-san-kho-cua-lo', floor: 0.97, maxWrong: 1 }, // now 177/182, confidently wrong 1 (placed 1)
  { name: 'hai-san-kho-do-son', floor: 0.92, maxWrong: 5 }, // now 183/197, confidently wrong 5 (placed 4)
  { name: 'hai-san-kho-mui-ne', floor: 0.91, maxWrong: 8 }, // now 181/197, confidently wrong 8 (placed 7)
  { name: 'hai-san-kho-nam-o', floor: 0.89, maxWrong: 9 }, // now 171/191, confidently wrong 9 (placed 8)
  { name: 'hai-san-kho-phan-thiet-2', floor: 0.95, maxWrong: 3 }, // now 185/194, confidently wrong 3 (placed 2)
  { name: 'hai-san-kho-phan-thiet', floor: 0.95, maxWrong: 0 }, // now 183/191, confidently wrong 0 (placed 0)
  { name: 'hai-san-kho-rach-goc', floor: 0.94, maxWrong: 3 }, // now 189/200, confidently wrong 3 (placed 3)
  { name: 'hai-san-kho-sam-son', floor: 0.87, maxWrong: 6 }, // now 174/199, confidently wrong 6 (placed 6)
  { name: 'hai-san-kho-tam-tien', floor: 0.95, maxWrong: 1 }, // now 183/191, confidently wrong 1 (placed 1)
  { name: 'hai-san-kho-vung-tau', floor: 0.91, maxWrong: 2 }, // now 182/200, confidently wrong 2 (placed 2)
  { name: 'hai-san-nhon-ly', floor: 0.96, maxWrong: 0 }, // now 177/184, confidently wrong 0 (placed 0)
  { name: 'hai-san-song-cau-2', floor: 0.87, maxWrong: 5 }, // now 170/194, confidently wrong 5 (placed 4)
  { name: 'hai-san-song-cau-3', floor: 0.90, maxWrong: 5 }, // now 178/196, confidently wrong 5 (placed 5)
  { name: 'hai-san-song-cau', floor: 0.88, maxWrong: 7 }, // now 173/195, confidently wrong 7 (placed 6)
  { name: 'hai-san-tuoi-nha-trang', floor: 0.96, maxWrong: 1 }, // now 169/175, confidently wrong 1 (placed 1)
  { name: 'hai-san-van-don-2', floor: 0.92, maxWrong: 4 }, // now 182/197, confidently wrong 4 (placed 4)
  { name: 'hai-san-van-don', floor: 0.93, maxWrong: 5 }, // now 168/180, confidently wrong 5 (placed 5)
  { name: 'hang-ma-dong-ho', floor: 0.94, maxWrong: 3 }, // now 189/200, confidently wrong 3 (placed 0)
  { name: 'hanh-tim-vinh-chau-2', floor: 0.91, maxWrong: 3 }, // now 183/200, confidently wrong 3 (placed 3)
  { name: 'hanh-tim-vinh-chau-3', floor: 0.90, maxWrong: 4 }, // now 181/200, confidently wrong 4 (placed 3)
  { name: 'hanh-tim-vinh-chau', floor: 0.93, maxWrong: 0 }, // now 165/177, confidently wrong 0 (placed 0)
  { name: 'hanh-toi-gia-loc', floor: 0.90, maxWrong: 7 }, // now 178/196, confidently wrong 7 (placed 4)
  { name: 'hanh-toi-vinh-chau', floor: 0.94, maxWrong: 3 }, // now 184/194, confidently wrong 3 (placed 1)
  { name: 'hat-chia-hat-lanh', floor: 0.92, maxWrong: 4 }, // now 162/175, confidently wrong 4 (placed 4)
  { name: 'hat-de-trung-khanh-2', floor: 0.94, maxWrong: 3 }, // now 181/191, confidently wrong 3 (placed 3)
  { name: 'hat-de-trung-khanh-3', floor: 0.91, maxWrong: 4 }, // now 176/192, confidently wrong 4 (placed 3)
  { name: 'hat-de-trung-khanh', floor: 0.92, maxWrong: 5 }, // now 183/197, confidently wrong 5 (placed 5)
  { name: 'hat-dieu-banh-tet-binh-phuoc', floor: 0.96, maxWrong: 4 }, // now 177/183, confidently wrong 4 (placed 3)
  { name: 'hat-dieu-bu-dang', floor: 0.86, maxWrong: 14 }, // now 169/196, confidently wrong 14 (placed 13)
  { name: 'hat-dieu-dong-xoai', floor: 0.93, maxWrong: 1 }, // now 164/175, confidently wrong 1 (placed 1)
  { name: 'hat-dua-hat-bi', floor: 0.93, maxWrong: 3 }, // now 160/172, confidently wrong 3 (placed 3)
  { name: 'hat-giong-hoa-mau', floor: 0.94, maxWrong: 4 }, // now 165/175, confidently wrong 4 (placed 3)
  { name: 'hat-giong-hoa', floor: 0.91, maxWrong: 3 }, // now 155/170, confidently wrong 3 (placed 2)
  { name: 'hat-giong-lua-ngo', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 5)
  { name: 'hat-giong-rau-sach', floor: 0.97, maxWrong: 2 }, // now 177/181, confidently wrong 2 (placed 1)
  { name: 'hat-mac-ca-dinh-duong', floor: 0.97, maxWrong: 1 }, // now 166/171, confidently wrong 1 (placed 0)
  { name: 'hat-nem-bot-canh', floor: 0.96, maxWrong: 3 }, // now 165/171, confidently wrong 3 (placed 3)
  { name: 'hat-nhua-tai-che', floor: 0.88, maxWrong: 9 }, // now 153/172, confidently wrong 9 (placed 9)
  { name: 'hat-rang-thanh-lam', floor: 0.95, maxWrong: 3 }, // now 178/186, confidently wrong 3 (placed 3)
  { name: 'hat-sen-toi-den', floor: 0.95, maxWrong: 2 }, // now 114/120, confidently wrong 2 (placed 0)
  { name: 'ho-lo-bau-kho', floor: 0.95, maxWrong: 4 }, // now 177/185, confidently wrong 4 (placed 4)
  { name: 'hoa-cay-canh-nhat-tan', floor: 0.97, maxWrong: 0 }, // now 174/178, confidently wrong 0 (placed 0)
  { name: 'hoa-cha-bong-sa-dec', floor: 0.90, maxWrong: 2 }, // now 180/200, confidently wrong 2 (placed 2)
  { name: 'hoa-chat-ho-boi', floor: 0.89, maxWrong: 10 }, // now 156/175, confidently wrong 10 (placed 7)
  { name: 'hoa-giay-dong-ho', floor: 0.88, maxWrong: 10 }, // now 177/200, confidently wrong 10 (placed 9)
  { name: 'hoa-giay-thanh-tien-2', floor: 0.92, maxWrong: 5 }, // now 179/194, confidently wrong 5 (placed 5)
  { name: 'hoa-giay-thanh-tien', floor: 0.99, maxWrong: 0 }, // now 172/173, confidently wrong 0 (placed 0)
  { name: 'hoa-kieng-cai-mon', floor: 0.97, maxWrong: 1 }, // now 175/180, confidently wrong 1 (placed 1)
  { name: 'hoa-kieng-sa-dec-2', floor: 0.92, maxWrong: 6 }, // now 183/198, confidently wrong 6 (placed 5)
  { name: 'hoa-kieng-sa-dec-3', floor: 0.88, maxWrong: 9 }, // now 176/200, confidently wrong 9 (placed 7)
  { name: 'hoa-kieng-sa-dec', floor: 0.88, maxWrong: 13 }, // now 166/188, confidently wrong 13 (placed 12)
  { name: 'hoa-lua-gia-cam-tay', floor: 0.92, maxWrong: 5 }, // now 161/175, confidently wrong 5 (placed 5)
  { name: 'hoa-lua-hoa-gia', floor: 0.94, maxWrong: 5 }, // now 162/172, confidently wrong 5 (placed 5)
  { name: 'hoa-qua-dong-lanh', floor: 0.93, maxWrong: 3 }, // now 163/175, confidently wrong 3 (placed 3)
  { name: 'hoa-qua-say-deo', floor: 0.95, maxWrong: 4 }, // now 167/175, confidently wrong 4 (placed 4)
  { name: 'hoa-sap', floor: 0.96, maxWrong: 4 }, // now 168/175, confidently wrong 4 (placed 4)
  { name: 'hoa-sen-sa-dec', floor: 0.90, maxWrong: 5 }, // now 167/184, confidently wrong 5 (placed 5)
  { name: 'hoa-tay-tuu-2', floor: 0.86, maxWrong: 8 }, // now 173/199, confidently wrong 8 (placed 8)
  { name: 'hoa-tay-tuu-3', floor: 0.86, maxWrong: 7 }, // now 173/200, confidently wrong 7 (placed 4)
  { name: 'hoa-tay-tuu', floor: 0.93, maxWrong: 8 }, // now 179/192, confidently wrong 8 (placed 7)
  { name: 'hoa-thai-phien', floor: 0.87, maxWrong: 7 }, // now 168/192, confidently wrong 7 (placed 7)
  { name: 'hoa-trang-hang-ma', floor: 0.87, maxWrong: 4 }, // now 157/179, confidently wrong 4 (placed 3)
  { name: 'hoa-xuan-tho-da-lat', floor: 0.78, maxWrong: 15 }, // now 153/195, confidently wrong 15 (placed 15)
  { name: 'hoanh-phi-son-dong', floor: 0.94, maxWrong: 1 }, // now 173/184, confidently wrong 1 (placed 1)
  { name: 'hoi-que-huu-lung', floor: 0.90, maxWrong: 10 }, // now 172/190, confidently wrong 10 (placed 7)
  { name: 'hoi-que-van-quan', floor: 0.96, maxWrong: 3 }, // now 173/180, confidently wrong 3 (placed 2)
  { name: 'hop-but-de-ban', floor: 0.94, maxWrong: 6 }, // now 164/174, confidently wrong 6 (placed 6)
  { name: 'hop-com-giu-nhiet', floor: 0.97, maxWrong: 3 }, // now 183/188, confidently wrong 3 (placed 3)
  { name: 'hop-dung-thuc-pham', floor: 0.95, maxWrong: 4 }, // now 164/172, confidently wrong 4 (placed 3)
  { name: 'hop-khay-go-phu-khe', floor: 0.87, maxWrong: 13 }, // now 172/197, confidently wrong 13 (placed 9)
  { name: 'hop-muc-may-in', floor: 0.85, maxWrong: 10 }, // now 146/170, confidently wrong 10 (placed 9)
  { name: 'hop-nhua-dung-do', floor: 0.92, maxWrong: 8 }, // now 158/170, confidently wrong 8 (placed 6)
  { name: 'hop-qua-doanh-nghiep', floor: 0.94, maxWrong: 4 }, // now 161/171, confidently wrong 4 (placed 4)
  { name: 'hop-qua-tet-banh-keo', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'hu-tieu-binh-tao', floor: 0.93, maxWrong: 5 }, // now 187/200, confidently wrong 5 (placed 5)
  { name: 'hu-tieu-cai-rang-2', floor: 0.92, maxWrong: 2 }, // now 185/200, confidently wrong 2 (placed 2)
  { name: 'hu-tieu-cai-rang', floor: 0.92, maxWrong: 8 }, // now 179/194, confidently wrong 8 (placed 4)
  { name: 'hu-tieu-keo-dua-my-tho', floor: 0.90, maxWrong: 8 }, // now 176/194, confidently wrong 8 (placed 6)
  { name: 'hu-tieu-my-tho-2', floor: 0.92, maxWrong: 5 }, // now 185/200, confidently wrong 5 (placed 5)
  { name: 'hu-tieu-my-tho', floor: 0.88, maxWrong: 12 }, // now 170/193, confidently wrong 12 (placed 12)
  { name: 'hu-tieu-sa-dec-2', floor: 0.94, maxWrong: 5 }, // now 182/192, confidently wrong 5 (placed 5)
  { name: 'hu-tieu-sa-dec', floor: 0.93, maxWrong: 1 }, // now 180/192, confidently wrong 1 (placed 1)
  { name: 'huong-me-xung-thuy-xuan', floor: 0.90, maxWrong: 8 }, // now 180/198, confidently wrong 8 (placed 6)
  { name: 'huong-nhang-cao-thon', floor: 0.95, maxWrong: 0 }, // now 176/184, confidently wrong 0 (placed 0)
  { name: 'huong-non-thuy-xuan', floor: 0.87, maxWrong: 8 }, // now 165/188, confidently wrong 8 (placed 7)
  { name: 'huong-quang-phu-cau-2', floor: 0.89, maxWrong: 5 }, // now 173/194, confidently wrong 5 (placed 5)
  { name: 'huong-quang-phu-cau-3', floor: 0.90, maxWrong: 7 }, // now 180/199, confidently wrong 7 (placed 6)
  { name: 'huong-quang-phu-cau-4', floor: 0.93, maxWrong: 5 }, // now 180/192, confidently wrong 5 (placed 5)
  { name: 'huong-quang-phu-cau-5', floor: 0.90, maxWrong: 4 }, // now 180/198, confidently wrong 4 (placed 3)
  { name: 'huong-quang-phu-cau-6', floor: 0.91, maxWrong: 3 }, // now 178/195, confidently wrong 3 (placed 1)
  { name: 'huong-quang-phu-cau', floor: 1.00, maxWrong: 0 }, // now 192/192, confidently wrong 0 (placed 0)
  { name: 'huong-thanh-luong', floor: 0.94, maxWrong: 3 }, // now 188/199, confidently wrong 3 (placed 3)
  { name: 'huong-tram-dong-ky', floor: 0.93, maxWrong: 4 }, // now 181/194, confidently wrong 4 (placed 4)
  { name: 'huong-tram-thuy-xuan', floor: 0.89, maxWrong: 6 }, // now 162/181, confidently wrong 6 (placed 6)
  { name: 'huong-vang-ma-hien-nam', floor: 0.92, maxWrong: 7 }, // now 183/198, confidently wrong 7 (placed 6)
  { name: 'in-anh-canvas', floor: 0.94, maxWrong: 0 }, // now 163/172, confidently wrong 0 (placed 0)
  { name: 'in-ao-dong-phuc-nam-dinh', floor: 0.86, maxWrong: 5 }, // now 167/193, confidently wrong 5 (placed 5)
  { name: 'in-tem-nhan', floor: 0.80, maxWrong: 2 }, // now 138/172, confidently wrong 2 (placed 1)
  { name: 'inox-da-hoi-2', floor: 0.94, maxWrong: 5 }, // now 189/200, confidently wrong 5 (placed 5)
  { name: 'inox-da-hoi', floor: 0.90, maxWrong: 5 }, // now 172/190, confidently wrong 5 (placed 4)
  { name: 'ke-bep-inox-da-nang', floor: 0.94, maxWrong: 1 }, // now 162/172, confidently wrong 1 (placed 1)
  { name: 'ke-go-lap-ghep', floor: 0.98, maxWrong: 2 }, // now 182/184, confidently wrong 2 (placed 2)
  { name: 'ke-sat-go-phung-xa', floor: 0.90, maxWrong: 1 }, // now 163/180, confidently wrong 1 (placed 0)
  { name: 'ke-treo-quan-ao-inox', floor: 0.97, maxWrong: 0 }, // now 166/171, confidently wrong 0 (placed 0)
  { name: 'kem-chong-nang', floor: 0.94, maxWrong: 3 }, // now 162/172, confidently wrong 3 (placed 3)
  { name: 'kem-tuoi-que', floor: 0.97, maxWrong: 2 }, // now 175/180, confidently wrong 2 (placed 2)
  { name: 'keo-chuoi-phu-hung', floor: 0.93, maxWrong: 5 }, // now 170/182, confidently wrong 5 (placed 5)
  { name: 'keo-cu-do-me-xung', floor: 0.96, maxWrong: 2 }, // now 173/180, confidently wrong 2 (placed 2)
  { name: 'keo-cu-do-nam-dan', floor: 0.91, maxWrong: 4 }, // now 180/197, confidently wrong 4 (placed 3)
  { name: 'keo-deo-trai-cay', floor: 0.96, maxWrong: 3 }, // now 168/175, confidently wrong 3 (placed 3)
  { name: 'keo-dua-ben-tre-2', floor: 0.92, maxWrong: 7 }, // now 185/200, confidently wrong 7 (placed 6)
  { name: 'keo-dua-ben-tre', floor: 0.97, maxWrong: 2 }, // now 191/196, confidently wrong 2 (placed 2)
  { name: 'keo-dua-cai-be', floor: 0.90, maxWrong: 10 }, // now 174/193, confidently wrong 10 (placed 9)
  { name: 'keo-dua-mo-cay-2', floor: 0.91, maxWrong: 7 }, // now 182/198, confidently wrong 7 (placed 7)
  { name: 'keo-dua-mo-cay-3', floor: 0.91, maxWrong: 9 }, // now 183/200, confidently wrong 9 (placed 8)
  { name: 'keo-dua-mo-cay-4', floor: 0.91, maxWrong: 6 }, // now 181/197, confidently wrong 6 (placed 6)
  { name: 'keo-dua-mo-cay-5', floor: 0.88, maxWrong: 7 }, // now 170/192, confidently wrong 7 (placed 6)
  { name: 'keo-dua-mo-cay-6', floor: 0.89, maxWrong: 3 }, // now 176/197, confidently wrong 3 (placed 2)
  { name: 'keo-dua-mo-cay', floor: 0.94, maxWrong: 2 }, // now 170/180, confidently wrong 2 (placed 2)
  { name: 'keo-dua-tam-quan-2', floor: 0.90, maxWrong: 7 }, // now 180/198, confidently wrong 7 (placed 7)
  { name: 'keo-dua-tam-quan', floor: 0.93, maxWrong: 6 }, // now 178/190, confidently wrong 6 (placed 6)
  { name: 'keo-lac-cam-xuyen', floor: 0.89, maxWrong: 7 }, // now 179/199, confidently wrong 7 (placed 7)
  { name: 'keo-mach-nha-keo-lac', floor: 0.93, maxWrong: 4 }, // now 160/171, confidently wrong 4 (placed 4)
  { name: 'keo-me-xung-vy-da', floor: 0.94, maxWrong: 4 }, // now 189/200, confidently wrong 4 (placed 3)
  { name: 'keo-ngot-nhap-khau', floor: 0.98, maxWrong: 2 }, // now 167/170, confidently wrong 2 (placed 2)
  { name: 'keo-que-thanh-giang', floor: 0.94, maxWrong: 0 }, // now 174/185, confidently wrong 0 (placed 0)
  { name: 'keo-silicon-dan', floor: 0.93, maxWrong: 1 }, // now 161/172, confidently wrong 1 (placed 1)
  { name: 'keo-siu-chau-vu-ban', floor: 0.92, maxWrong: 7 }, // now 179/194, confidently wrong 7 (placed 7)
  { name: 'keo-xuan-hoa-2', floor: 0.93, maxWrong: 5 }, // now 187/199, confidently wrong 5 (placed 5)
  { name: 'keo-xuan-hoa', floor: 0.97, maxWrong: 3 }, // now 167/172, confidently wrong 3 (placed 3)
  { name: 'khac-dau-hang-quat', floor: 0.84, maxWrong: 5 }, // now 153/182, confidently wrong 5 (placed 3)
  { name: 'kham-trai-chuon-ngo-2', floor: 0.92, maxWrong: 6 }, // now 184/200, confidently wrong 6 (placed 5)
  { name: 'kham-trai-chuon-ngo', floor: 0.88, maxWrong: 7 }, // now 176/199, confidently wrong 7 (placed 6)
  { name: 'kham-trai-chuyen-my-2', floor: 0.87, maxWrong: 6 }, // now 171/195, confidently wrong 6 (placed 6)
  { name: 'kham-trai-chuyen-my-3', floor: 0.90, maxWrong: 7 }, // now 169/186, confidently wrong 7 (placed 5)
  { name: 'kham-trai-chuyen-my-4', floor: 0.87, maxWrong: 7 }, // now 171/195, confidently wrong 7 (placed 6)
  { name: 'kham-trai-chuyen-my-5', floor: 0.93, maxWrong: 4 }, // now 186/200, confidently wrong 4 (placed 2)
  { name: 'kham-trai-chuyen-my-6', floor: 0.94, maxWrong: 4 }, // now 186/197, confidently wrong 4 (placed 4)
  { name: 'kham-trai-chuyen-my', floor: 0.97, maxWrong: 3 }, // now 175/180, confidently wrong 3 (placed 3)
  { name: 'khan-bong-lang-det', floor: 0.98, maxWrong: 3 }, // now 177/180, confidently wrong 3 (placed 3)
  { name: 'khan-bong-phuong-la', floor: 0.88, maxWrong: 7 }, // now 163/185, confidently wrong 7 (placed 4)
  { name: 'khan-giay-an-hop-rut', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 5)
  { name: 'khan-lua-in-hoa', floor: 0.90, maxWrong: 3 }, // now 156/172, confidently wrong 3 (placed 3)
  { name: 'khan-lua-van-phuc', floor: 0.88, maxWrong: 6 }, // now 177/200, confidently wrong 6 (placed 5)
  { name: 'khan-mat-cotton', floor: 0.94, maxWrong: 2 }, // now 174/184, confidently wrong 2 (placed 2)
  { name: 'khan-ran-tan-chau', floor: 0.92, maxWrong: 3 }, // now 162/176, confidently wrong 3 (placed 3)
  { name: 'khan-tam-khach-san', floor: 0.95, maxWrong: 5 }, // now 167/175, confidently wrong 5 (placed 4)
  { name: 'khan-trai-ban-nap', floor: 0.95, maxWrong: 4 }, // now 178/187, confidently wrong 4 (placed 4)
  { name: 'khan-xo-em-be', floor: 0.92, maxWrong: 1 }, // now 159/172, confidently wrong 1 (placed 1)
  { name: 'khau-trang-vai', floor: 0.95, maxWrong: 1 }, // now 163/170, confidently wrong 1 (placed 1)
  { name: 'khay-da-tu-lanh', floor: 0.93, maxWrong: 2 }, // now 162/173, confidently wrong 2 (placed 2)
  { name: 'khay-dung-trung-vi-trung', floor: 0.91, maxWrong: 7 }, // now 156/170, confidently wrong 7 (placed 7)
  { name: 'khay-son-mai-dong-khe', floor: 0.88, maxWrong: 5 }, // now 177/200, confidently wrong 5 (placed 4)
  { name: 'khay-tra-go', floor: 0.91, maxWrong: 0 }, // now 55/60, confidently wrong 0 (placed 0)
  { name: 'kho-bo-do-an-vat', floor: 0.95, maxWrong: 6 }, // now 171/180, confidently wrong 6 (placed 6)
  { name: 'kho-ca-cua-ca-mau', floor: 0.94, maxWrong: 6 }, // now 188/200, confidently wrong 6 (placed 6)
  { name: 'kho-ca-tam-nong', floor: 0.95, maxWrong: 4 }, // now 176/184, confidently wrong 4 (placed 4)
  { name: 'kho-nam-can', floor: 0.89, maxWrong: 6 }, // now 177/197, confidently wrong 6 (placed 6)
  { name: 'kho-phuoc-hai', floor: 0.97, maxWrong: 2 }, // now 176/180, confidently wrong 2 (placed 1)
  { name: 'kho-rach-goc-ca-mau', floor: 0.90, maxWrong: 6 }, // now 178/196, confidently wrong 6 (placed 6)
  { name: 'kho-rach-goc', floor: 0.95, maxWrong: 1 }, // now 170/178, confidently wrong 1 (placed 1)
  { name: 'khoa-xe-may-chong-trom', floor: 0.94, maxWrong: 4 }, // now 175/186, confidently wrong 4 (placed 4)
  { name: 'khoai-cu-loc-dien', floor: 0.93, maxWrong: 2 }, // now 179/192, confidently wrong 2 (placed 2)
  { name: 'khoai-mi-chuoi-tan-chau', floor: 0.89, maxWrong: 8 }, // now 179/200, confidently wrong 8 (placed 5)
  { name: 'khom-buoi-vi-thuy', floor: 0.89, maxWrong: 8 }, // now 176/197, confidently wrong 8 (placed 6)
  { name: 'khom-ca-loc-tan-phuoc', floor: 0.90, maxWrong: 7 }, // now 178/197, confidently wrong 7 (placed 6)
  { name: 'khom-mia-phung-hiep', floor: 0.85, maxWrong: 11 }, // now 165/193, confidently wrong 11 (placed 9)
  { name: 'khung-anh-dong-ho-go', floor: 0.89, maxWrong: 3 }, // now 154/172, confidently wrong 3 (placed 3)
  { name: 'khung-tranh-son-dong', floor: 0.94, maxWrong: 3 }, // now 162/172, confidently wrong 3 (placed 2)
  { name: 'khuon-banh-dong-hoa', floor: 0.96, maxWrong: 1 }, // now 177/184, confidently wrong 1 (placed 1)
  { name: 'kim-chi-dua-muoi', floor: 0.92, maxWrong: 3 }, // now 159/171, confidently wrong 3 (placed 3)
  { name: 'kim-chi-may-khau', floor: 0.94, maxWrong: 2 }, // now 166/175, confidently wrong 2 (placed 2)
  { name: 'kim-khi-phung-xa', floor: 0.93, maxWrong: 5 }, // now 180/192, confidently wrong 5 (placed 5)
  { name: 'kim-khi-thanh-thuy', floor: 0.89, maxWrong: 7 }, // now 157/176, confidently wrong 7 (placed 7)
  { name: 'kinh-bao-ho-mat-na', floor: 0.94, maxWrong: 5 }, // now 162/172, confidently wrong 5 (placed 5)
  { name: 'kinh-guong-phu-xa', floor: 0.86, maxWrong: 4 }, // now 164/189, confidently wrong 4 (placed 4)
  { name: 'kinh-mat-gong-can', floor: 0.91, maxWrong: 4 }, // now 155/170, confidently wrong 4 (placed 4)
  { name: 'kinh-mat-thoi-trang', floor: 0.95, maxWrong: 2 }, // now 163/170, confidently wrong 2 (placed 2)
  { name: 'la-co-tan-son', floor: 0.89, maxWrong: 3 }, // now 156/175, confidently wrong 3 (placed 3)
  { name: 'la-thuoc-yen-son', floor: 0.94, maxWrong: 2 }, // now 167/176, confidently wrong 2 (placed 2)
  { name: 'lam-san-ba-be', floor: 0.95, maxWrong: 2 }, // now 179/187, confidently wrong 2 (placed 1)
  { name: 'lam-san-na-hang', floor: 0.96, maxWrong: 1 }, // now 177/184, confidently wrong 1 (placed 1)
  { name: 'lan-ho-diep', floor: 0.95, maxWrong: 4 }, // now 164/171, confidently wrong 4 (placed 4)
  { name: 'lang-chai-nam-o', floor: 0.96, maxWrong: 2 }, // now 175/182, confidently wrong 2 (placed 1)
  { name: 'lang-hoa-sa-dec', floor: 0.90, maxWrong: 7 }, // now 181/199, confidently wrong 7 (placed 6)
  { name: 'lang-sinh-thanh-tien', floor: 0.85, maxWrong: 18 }, // now 171/200, confidently wrong 18 (placed 14)
  { name: 'lap-xuong-banh-chung', floor: 0.98, maxWrong: 1 }, // now 175/177, confidently wrong 1 (placed 1)
  { name: 'lap-xuong-can-duoc', floor: 0.96, maxWrong: 0 }, // now 184/191, confidently wrong 0 (placed 0)
  { name: 'lap-xuong-can-giuoc-2', floor: 0.89, maxWrong: 8 }, // now 179/200, confidently wrong 8 (placed 5)
  { name: 'lap-xuong-can-giuoc', floor: 0.87, maxWrong: 8 }, // now 171/195, confidently wrong 8 (placed 8)
  { name: 'laptop-linh-kien-cu', floor: 0.95, maxWrong: 1 }, // now 167/175, confidently wrong 1 (placed 0)
  { name: 'lau-de-mang-ve', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 3)
  { name: 'lau-xom-dinh', floor: 0.84, maxWrong: 4 }, // now 155/184, confidently wrong 4 (placed 3)
  { name: 'len-la-phu', floor: 0.93, maxWrong: 5 }, // now 182/195, confidently wrong 5 (placed 5)
  { name: 'len-moc-tay', floor: 0.96, maxWrong: 0 }, // now 169/175, confidently wrong 0 (placed 0)
  { name: 'lich-tet-in-an', floor: 0.94, maxWrong: 5 }, // now 166/175, confidently wrong 5 (placed 5)
  { name: 'linh-kien-dien-tu', floor: 0.92, maxWrong: 4 }, // now 157/170, confidently wrong 4 (placed 4)
  { name: 'loa-tai-nghe', floor: 0.93, maxWrong: 8 }, // now 160/172, confidently wrong 8 (placed 7)
  { name: 'loi-loc-nuoc', floor: 0.95, maxWrong: 3 }, // now 163/171, confidently wrong 3 (placed 3)
  { name: 'lon-ban-mai-chau', floor: 0.89, maxWrong: 2 }, // now 160/178, confidently wrong 2 (placed 2)
  { name: 'long-chim-canh', floor: 0.88, maxWrong: 1 }, // now 152/172, confidently wrong 1 (placed 0)
  { name: 'long-den-hang-ma', floor: 0.86, maxWrong: 7 }, // now 166/192, confidently wrong 7 (placed 7)
  { name: 'long-den-pho-hoi', floor: 0.93, maxWrong: 2 }, // now 168/179, confidently wrong 2 (placed 1)
  { name: 'long-den-phu-binh', floor: 0.95, maxWrong: 4 }, // now 176/185, confidently wrong 4 (placed 3)
  { name: 'long-nhan-pho-hien', floor: 0.89, maxWrong: 12 }, // now 173/194, confidently wrong 12 (placed 10)
  { name: 'long-vu-trieu-khuc-2', floor: 0.84, maxWrong: 11 }, // now 160/190, confidently wrong 11 (placed 9)
  { name: 'long-vu-trieu-khuc-3', floor: 0.92, maxWrong: 2 }, // now 182/197, confidently wrong 2 (placed 2)
  { name: 'long-vu-trieu-khuc-4', floor: 0.86, maxWrong: 11 }, // now 173/200, confidently wrong 11 (placed 9)
  { name: 'long-vu-trieu-khuc', floor: 0.93, maxWrong: 7 }, // now 186/199, confidently wrong 7 (placed 7)
  { name: 'lop-xe', floor: 0.93, maxWrong: 2 }, // now 84/90, confidently wrong 2 (placed 1)
  { name: 'lua-co-chat', floor: 0.92, maxWrong: 6 }, // now 179/193, confidently wrong 6 (placed 6)
  { name: 'lua-gam-nha-xa', floor: 0.88, maxWrong: 5 }, // now 171/193, confidently wrong 5 (placed 4)
  { name: 'lua-ma-chau-2', floor: 0.88, maxWrong: 2 }, // now 160/180, confidently wrong 2 (placed 2)
  { name: 'lua-ma-chau', floor: 0.92, maxWrong: 1 }, // now 159/171, confidently wrong 1 (placed 1)
  { name: 'lua-nha-xa-2', floor: 0.91, maxWrong: 4 }, // now 177/193, confidently wrong 4 (placed 1)
  { name: 'lua-nha-xa-3', floor: 0.93, maxWrong: 1 }, // now 178/190, confidently wrong 1 (placed 1)
  { name: 'lua-nha-xa-4', floor: 0.90, maxWrong: 12 }, // now 181/200, confidently wrong 12 (placed 12)
  { name: 'lua-nha-xa', floor: 0.91, maxWrong: 5 }, // now 162/177, confidently wrong 5 (placed 5)
  { name: 'lua-tan-chau-2', floor: 0.92, maxWrong: 2 }, // now 175/190, confidently wrong 2 (placed 2)
  { name: 'lua-tan-chau-3', floor: 0.91, maxWrong: 7 }, // now 179/196, confidently wrong 7 (placed 5)
  { name: 'lua-tan-chau-4', floor: 0.86, maxWrong: 14 }, // now 172/200, confidently wrong 14 (placed 12)
  { name: 'lua-tan-chau', floor: 0.93, maxWrong: 6 }, // now 187/200, confidently wrong 6 (placed 5)
  { name: 'lua-tra-bao-loc-2', floor: 0.93, maxWrong: 6 }, // now 186/200, confidently wrong 6 (placed 6)
  { name: 'lua-tra-bao-loc', floor: 0.93, maxWrong: 7 }, // now 184/196, confidently wrong 7 (placed 6)
  { name: 'luc-binh-thanh-phu', floor: 0.94, maxWrong: 3 }, // now 181/192, confidently wrong 3 (placed 3)
  { name: 'luoc-sung-thuy-ung', floor: 0.98, maxWrong: 2 }, // now 175/178, confidently wrong 2 (placed 2)
  { name: 'luoi-cau-day-thung', floor: 0.96, maxWrong: 3 }, // now 120/125, confidently wrong 3 (placed 3)
  { name: 'luoi-ha-thai', floor: 0.86, maxWrong: 11 }, // now 167/192, confidently wrong 11 (placed 7)
  { name: 'luoi-tan-phu', floor: 0.89, maxWrong: 1 }, // now 162/181, confidently wrong 1 (placed 1)
  { name: 'luoi-thep-hang-rao', floor: 0.92, maxWrong: 2 }, // now 157/170, confidently wrong 2 (placed 2)
  { name: 'ly-coc-thuy-tinh', floor: 0.92, maxWrong: 4 }, // now 162/175, confidently wrong 4 (placed 4)
  { name: 'mac-ca-hat-dieu-krong-nang', floor: 0.93, maxWrong: 2 }, // now 187/200, confidently wrong 2 (placed 2)
  { name: 'mach-nha-mo-duc', floor: 0.85, maxWrong: 9 }, // now 164/191, confidently wrong 9 (placed 9)
  { name: 'mach-nha-que-quang-ngai', floor: 0.91, maxWrong: 4 }, // now 177/194, confidently wrong 4 (placed 3)
  { name: 'mach-nha-thi-pho-2', floor: 0.88, maxWrong: 8 }, // now 173/195, confidently wrong 8 (placed 8)
  { name: 'mach-nha-thi-pho-3', floor: 0.91, maxWrong: 7 }, // now 182/200, confidently wrong 7 (placed 6)
  { name: 'mach-nha-thi-pho', floor: 0.93, maxWrong: 4 }, // now 171/183, confidently wrong 4 (placed 4)
  { name: 'mai-vang-phuoc-loc', floor: 0.92, maxWrong: 2 }, // now 164/177, confidently wrong 2 (placed 2)
  { name: 'mam-banh-nghi-loc', floor: 0.90, maxWrong: 8 }, // now 179/198, confidently wrong 8 (placed 8)
  { name: 'mam-chau-doc-2', floor: 0.89, maxWrong: 10 }, // now 179/199, confidently wrong 10 (placed 10)
  { name: 'mam-chau-doc', floor: 0.96, maxWrong: 2 }, // now 173/180, confidently wrong 2 (placed 1)
  { name: 'mam-cung-dat-truoc', floor: 0.87, maxWrong: 8 }, // now 148/170, confidently wrong 8 (placed 8)
  { name: 'mam-cung-hoa-phuoc', floor: 0.95, maxWrong: 0 }, // now 172/180, confidently wrong 0 (placed 0)
  { name: 'mam-kho-chau-doc-2', floor: 0.89, maxWrong: 3 }, // now 175/195, confidently wrong 3 (placed 3)
  { name: 'mam-kho-chau-doc', floor: 0.94, maxWrong: 1 }, // now 175/185, confidently wrong 1 (placed 1)
  { name: 'mam-phu-thuan', floor: 0.90, maxWrong: 6 }, // now 158/175, confidently wrong 6 (placed 6)
  { name: 'mam-tep-ha-yen', floor: 0.94, maxWrong: 2 }, // now 172/182, confidently wrong 2 (placed 2)
  { name: 'mam-thanh-long-phan-thiet', floor: 0.94, maxWrong: 3 }, // now 177/188, confidently wrong 3 (placed 3)
  { name: 'mam-thot-not-chau-doc-2', floor: 0.91, maxWrong: 7 }, // now 177/193, confidently wrong 7 (placed 6)
  { name: 'mam-thot-not-chau-doc', floor: 0.92, maxWrong: 5 }, // now 177/192, confidently wrong 5 (placed 3)
  { name: 'mam-thuan-an', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 4)
  { name: 'mam-tom-mam-tep-ruoc', floor: 0.98, maxWrong: 1 }, // now 176/178, confidently wrong 1 (placed 1)
  { name: 'mang-boc-thuc-pham', floor: 0.94, maxWrong: 4 }, // now 163/172, confidently wrong 4 (placed 4)
  { name: 'mang-cut-lai-thieu', floor: 0.92, maxWrong: 3 }, // now 181/195, confidently wrong 3 (placed 3)
  { name: 'mang-dai-loc-mat-ong-que-son', floor: 0.89, maxWrong: 6 }, // now 173/193, confidently wrong 6 (placed 4)
  { name: 'mang-kho-dac-san-rung', floor: 0.92, maxWrong: 4 }, // now 157/170, confidently wrong 4 (placed 4)
  { name: 'mang-phu-nong-nghiep', floor: 0.87, maxWrong: 3 }, // now 150/171, confidently wrong 3 (placed 3)
  { name: 'mang-rung-ban-khe', floor: 0.93, maxWrong: 3 }, // now 177/189, confidently wrong 3 (placed 3)
  { name: 'mat-mia-mo-duc', floor: 0.89, maxWrong: 7 }, // now 178/198, confidently wrong 7 (placed 7)
  { name: 'mat-ong-bac-ha-dong-van', floor: 0.88, maxWrong: 9 }, // now 174/196, confidently wrong 9 (placed 9)
  { name: 'mat-ong-ca-phe-tay-bac', floor: 0.97, maxWrong: 0 }, // now 188/192, confidently wrong 0 (placed 0)
  { name: 'mat-ong-che-thanh-ba', floor: 0.93, maxWrong: 6 }, // now 179/192, confidently wrong 6 (placed 6)
  { name: 'mat-ong-chuoi-say-ea-tu', floor: 0.91, maxWrong: 8 }, // now 183/200, confidently wrong 8 (placed 8)
  { name: 'mat-ong-ho-tieu-cu-mgar', floor: 0.91, maxWrong: 6 }, // now 182/200, confidently wrong 6 (placed 5)
  { name: 'mat-ong-hoa-ca-phe', floor: 0.94, maxWrong: 3 }, // now 166/175, confidently wrong 3 (placed 3)
  { name: 'mat-ong-ky-anh', floor: 0.91, maxWrong: 7 }, // now 183/200, confidently wrong 7 (placed 7)
  { name: 'mat-ong-nam-rung-bac-kan', floor: 0.93, maxWrong: 3 }, // now 186/200, confidently wrong 3 (placed 3)
  { name: 'mat-ong-rung-tan-son', floor: 0.91, maxWrong: 5 }, // now 167/182, confidently wrong 5 (placed 4)
  { name: 'mat-ong-suoi-ngang', floor: 0.92, maxWrong: 2 }, // now 171/184, confidently wrong 2 (placed 2)
  { name: 'may-anh-film', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 3)
  { name: 'may-do-giay-da-hoi-an', floor: 0.88, maxWrong: 7 }, // now 176/200, confidently wrong 7 (placed 5)
  { name: 'may-hut-bui-gia-dinh', floor: 0.90, maxWrong: 8 }, // now 162/180, confidently wrong 8 (placed 7)
  { name: 'may-loc-khong-khi', floor: 0.92, maxWrong: 1 }, // now 162/175, confidently wrong 1 (placed 1)
  { name: 'may-may-gia-dinh', floor: 0.95, maxWrong: 3 }, // now 165/172, confidently wrong 3 (placed 3)
  { name: 'may-phat-dien', floor: 0.93, maxWrong: 5 }, // now 159/170, confidently wrong 5 (placed 5)
  { name: 'may-rua-xe-ap-luc', floor: 0.93, maxWrong: 7 }, // now 160/172, confidently wrong 7 (placed 7)
  { name: 'may-tre-ba-sao', floor: 0.91, maxWrong: 6 }, // now 182/198, confidently wrong 6 (placed 6)
  { name: 'may-tre-bao-la', floor: 0.89, maxWrong: 6 }, // now 172/192, confidently wrong 6 (placed 4)
  { name: 'may-tre-cam-giang-2', floor: 0.92, maxWrong: 2 }, // now 185/200, confidently wrong 2 (placed 2)
  { name: 'may-tre-cam-giang', floor: 0.91, maxWrong: 5 }, // now 176/192, confidently wrong 5 (placed 5)
  { name: 'may-tre-coi-kim-son', floor: 0.94, maxWrong: 0 }, // now 181/192, confidently wrong 0 (placed 0)
  { name: 'may-tre-dan-phu-vinh-2', floor: 0.88, maxWrong: 8 }, // now 174/197, confidently wrong 8 (placed 8)
  { name: 'may-tre-dan-phu-vinh-3', floor: 0.94, maxWrong: 4 }, // now 182/193, confidently wrong 4 (placed 3)
  { name: 'may-tre-dan-phu-vinh-4', floor: 0.89, maxWrong: 6 }, // now 178/198, confidently wrong 6 (placed 5)
  { name: 'may-tre-dan-phu-vinh-5', floor: 0.89, maxWrong: 7 }, // now 179/200, confidently wrong 7 (placed 5)
  { name: 'may-tre-dan-phu-vinh-6', floor: 0.90, maxWrong: 5 }, // now 181/200, confidently wrong 5 (placed 4)
  { name: 'may-tre-dan-phu-vinh', floor: 1.00, maxWrong: 0 }, // now 172/172, confidently wrong 0 (placed 0)
  { name: 'may-tre-dan-xuat-khau', floor: 0.96, maxWrong: 2 }, // now 168/175, confidently wrong 2 (placed 2)
  { name: 'may-tre-ngoc-dong', floor: 0.84, maxWrong: 12 }, // now 164/193, confidently wrong 12 (placed 12)
  { name: 'may-tre-phu-hoa', floor: 0.93, maxWrong: 1 }, // now 174/187, confidently wrong 1 (placed 0)
  { name: 'may-tre-phu-nghia', floor: 0.86, maxWrong: 9 }, // now 165/190, confidently wrong 9 (placed 8)
  { name: 'may-tre-phu-vinh-10', floor: 0.89, maxWrong: 4 }, // now 177/197, confidently wrong 4 (placed 3)
  { name: 'may-tre-phu-vinh-2', floor: 0.92, maxWrong: 1 }, // now 169/182, confidently wrong 1 (placed 0)
  { name: 'may-tre-phu-vinh-3', floor: 0.95, maxWrong: 4 }, // now 188/196, confidently wrong 4 (placed 4)
  { name: 'may-tre-phu-vinh-4', floor: 0.94, maxWrong: 1 }, // now 174/185, confidently wrong 1 (placed 1)
  { name: 'may-tre-phu-vinh-5', floor: 0.89, maxWrong: 6 }, // now 172/192, confidently wrong 6 (placed 6)
  { name: 'may-tre-phu-vinh-6', floor: 0.91, maxWrong: 5 }, // now 182/200, confidently wrong 5 (placed 5)
  { name: 'may-tre-phu-vinh-7', floor: 0.92, maxWrong: 2 }, // now 180/195, confidently wrong 2 (placed 2)
  { name: 'may-tre-phu-vinh-8', floor: 0.92, maxWrong: 7 }, // now 175/189, confidently wrong 7 (placed 7)
  { name: 'may-tre-phu-vinh-9', floor: 0.91, maxWrong: 6 }, // now 180/196, confidently wrong 6 (placed 6)
  { name: 'may-tre-phu-vinh', floor: 0.93, maxWrong: 4 }, // now 162/173, confidently wrong 4 (placed 4)
  { name: 'may-tre-thach-xa', floor: 0.88, maxWrong: 8 }, // now 172/194, confidently wrong 8 (placed 8)
  { name: 'may-van-tu', floor: 0.87, maxWrong: 2 }, // now 174/198, confidently wrong 2 (placed 1)
  { name: 'may-xay-sinh-to', floor: 0.97, maxWrong: 1 }, // now 39/40, confidently wrong 1 (placed 1)
  { name: 'me-xung-gia-hoi', floor: 0.95, maxWrong: 4 }, // now 191/200, confidently wrong 4 (placed 2)
  { name: 'me-xung-hue', floor: 0.90, maxWrong: 10 }, // now 174/193, confidently wrong 10 (placed 9)
  { name: 'men-vi-sinh-ao-nuoi', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 3)
  { name: 'meo-nam-giong', floor: 0.95, maxWrong: 1 }, // now 165/172, confidently wrong 1 (placed 1)
  { name: 'mi-chu-bac-giang', floor: 0.92, maxWrong: 5 }, // now 158/170, confidently wrong 5 (placed 4)
  { name: 'mi-chu-nam-duong', floor: 0.93, maxWrong: 4 }, // now 167/178, confidently wrong 4 (placed 4)
  { name: 'mi-goi-thung', floor: 0.93, maxWrong: 4 }, // now 161/172, confidently wrong 4 (placed 4)
  { name: 'mi-quang-hoi-an', floor: 0.90, maxWrong: 1 }, // now 156/173, confidently wrong 1 (placed 1)
  { name: 'mi-quang-phu-chiem-2', floor: 0.89, maxWrong: 2 }, // now 161/180, confidently wrong 2 (placed 1)
  { name: 'mi-quang-phu-chiem', floor: 0.90, maxWrong: 1 }, // now 167/184, confidently wrong 1 (placed 0)
  { name: 'mi-y-pasta', floor: 0.93, maxWrong: 5 }, // now 164/175, confidently wrong 5 (placed 3)
  { name: 'mia-duong-thi-pho', floor: 0.92, maxWrong: 3 }, // now 161/175, confidently wrong 3 (placed 3)
  { name: 'mien-dong-duong-lieu-2', floor: 0.89, maxWrong: 5 }, // now 178/198, confidently wrong 5 (placed 4)
  { name: 'mien-dong-duong-lieu-3', floor: 0.92, maxWrong: 3 }, // now 183/198, confidently wrong 3 (placed 3)
  { name: 'mien-dong-duong-lieu', floor: 0.89, maxWrong: 6 }, // now 179/199, confidently wrong 6 (placed 6)
  { name: 'mien-dong-phia-nam', floor: 0.93, maxWrong: 2 }, // now 164/175, confidently wrong 2 (placed 2)
  { name: 'mo-hinh-kim-loai-an-khanh', floor: 0.85, maxWrong: 7 }, // now 149/175, confidently wrong 7 (placed 5)
  { name: 'mo-hinh-thuyen-go', floor: 0.92, maxWrong: 3 }, // now 159/172, confidently wrong 3 (placed 2)
  { name: 'moc-chang-son', floor: 0.91, maxWrong: 4 }, // now 163/178, confidently wrong 4 (placed 3)
  { name: 'moc-huu-bang', floor: 0.87, maxWrong: 11 }, // now 170/195, confidently wrong 11 (placed 8)
  { name: 'moc-khoa-qua-luu-niem', floor: 0.90, maxWrong: 5 }, // now 156/172, confidently wrong 5 (placed 4)
  { name: 'moc-kim-bong-2', floor: 0.91, maxWrong: 5 }, // now 178/195, confidently wrong 5 (placed 5)
  { name: 'moc-kim-bong-3', floor: 0.92, maxWrong: 5 }, // now 178/192, confidently wrong 5 (placed 5)
  { name: 'moc-kim-bong-4', floor: 0.89, maxWrong: 3 }, // now 179/199, confidently wrong 3 (placed 3)
  { name: 'moc-kim-bong-5', floor: 0.89, maxWrong: 7 }, // now 175/196, confidently wrong 7 (placed 7)
  { name: 'moc-kim-bong-6', floor: 0.89, maxWrong: 10 }, // now 179/199, confidently wrong 10 (placed 10)
  { name: 'moc-kim-bong-7', floor: 0.90, maxWrong: 5 }, // now 180/200, confidently wrong 5 (placed 4)
  { name: 'moc-kim-bong-8', floor: 0.94, maxWrong: 3 }, // now 188/200, confidently wrong 3 (placed 2)
  { name: 'moc-kim-bong', floor: 0.89, maxWrong: 3 }, // now 157/175, confidently wrong 3 (placed 3)
  { name: 'moc-len-xuan-lai', floor: 0.90, maxWrong: 5 }, // now 162/180, confidently wrong 5 (placed 5)
  { name: 'moc-nhi-khe', floor: 0.87, maxWrong: 9 }, // now 173/198, confidently wrong 9 (placed 7)
  { name: 'moc-treo-dan-tuong', floor: 0.93, maxWrong: 0 }, // now 159/170, confidently wrong 0 (placed 0)
  { name: 'moc-van-ha', floor: 0.93, maxWrong: 2 }, // now 171/182, confidently wrong 2 (placed 2)
  { name: 'mu-ao-mua-xom-chua', floor: 0.95, maxWrong: 1 }, // now 167/175, confidently wrong 1 (placed 0)
  { name: 'mu-bao-hiem-in-logo', floor: 0.96, maxWrong: 2 }, // now 164/170, confidently wrong 2 (placed 2)
  { name: 'mu-coi-phu-thuong', floor: 0.91, maxWrong: 4 }, // now 165/180, confidently wrong 4 (placed 3)
  { name: 'mu-non-luoi-trai', floor: 0.93, maxWrong: 3 }, // now 164/175, confidently wrong 3 (placed 2)
  { name: 'mu-rom-cam-giang', floor: 0.93, maxWrong: 4 }, // now 182/194, confidently wrong 4 (placed 4)
  { name: 'muc-kho-ca-chi-vang', floor: 0.95, maxWrong: 3 }, // now 163/170, confidently wrong 3 (placed 3)
  { name: 'muoi-bien-hat', floor: 0.92, maxWrong: 4 }, // now 161/175, confidently wrong 4 (placed 4)
  { name: 'muoi-mam-kho-bac-lieu', floor: 0.86, maxWrong: 7 }, // now 172/200, confidently wrong 7 (placed 7)
  { name: 'muoi-tom-banh-trang-tay-ninh', floor: 0.92, maxWrong: 8 }, // now 185/200, confidently wrong 8 (placed 8)
  { name: 'muoi-tom-tay-ninh-mam-chau-doc', floor: 0.98, maxWrong: 1 }, // now 192/195, confidently wrong 1 (placed 1)
  { name: 'muoi-tom-tay-ninh', floor: 0.89, maxWrong: 6 }, // now 178/200, confidently wrong 6 (placed 5)
  { name: 'muoi-tom-trang-bang', floor: 0.90, maxWrong: 1 }, // now 173/191, confidently wrong 1 (placed 1)
  { name: 'muoi-vinh-trach', floor: 0.90, maxWrong: 7 }, // now 174/193, confidently wrong 7 (placed 7)
  { name: 'mut-dau-tam', floor: 0.95, maxWrong: 4 }, // now 166/174, confidently wrong 4 (placed 4)
  { name: 'mut-dau-trai-mat', floor: 0.89, maxWrong: 6 }, // now 179/200, confidently wrong 6 (placed 5)
  { name: 'mut-phu-thuong', floor: 0.98, maxWrong: 0 }, // now 171/173, confidently wrong 0 (placed 0)
  { name: 'mut-say-trai-mat', floor: 0.92, maxWrong: 6 }, // now 185/200, confidently wrong 6 (placed 5)
  { name: 'mut-tan-lap', floor: 0.93, maxWrong: 3 }, // now 168/180, confidently wrong 3 (placed 3)
  { name: 'mut-tet-hop-qua', floor: 0.91, maxWrong: 3 }, // now 158/172, confidently wrong 3 (placed 3)
  { name: 'mut-trai-cay-say', floor: 0.92, maxWrong: 6 }, // now 158/171, confidently wrong 6 (placed 5)
  { name: 'my-nghe-dua-mo-cay', floor: 0.95, maxWrong: 1 }, // now 171/180, confidently wrong 1 (placed 1)
  { name: 'my-nghiep-bau-truc', floor: 0.90, maxWrong: 7 }, // now 179/197, confidently wrong 7 (placed 6)
  { name: 'my-pham-thien-nhien', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'my-pham-trang-diem', floor: 0.90, maxWrong: 6 }, // now 159/175, confidently wrong 6 (placed 4)
  { name: 'na-dong-tan-huu-lung', floor: 0.92, maxWrong: 6 }, // now 184/200, confidently wrong 6 (placed 6)
  { name: 'nam-linh-chi', floor: 0.92, maxWrong: 5 }, // now 140/151, confidently wrong 5 (placed 4)
  { name: 'nam-rom-moc-nhi', floor: 0.99, maxWrong: 0 }, // now 175/176, confidently wrong 0 (placed 0)
  { name: 'nam-sach-lien-hiep', floor: 0.94, maxWrong: 2 }, // now 173/184, confidently wrong 2 (placed 1)
  { name: 'nam-sach-tan-hoi', floor: 0.94, maxWrong: 2 }, // now 177/188, confidently wrong 2 (placed 2)
  { name: 'nem-cao-su-goi', floor: 0.96, maxWrong: 2 }, // now 166/172, confidently wrong 2 (placed 2)
  { name: 'nem-cha-dong-ve', floor: 0.94, maxWrong: 3 }, // now 177/188, confidently wrong 3 (placed 3)
  { name: 'nem-cha-hoang-hoa', floor: 0.92, maxWrong: 4 }, // now 183/197, confidently wrong 4 (placed 4)
  { name: 'nem-chua-cha-thanh-hoa', floor: 0.93, maxWrong: 2 }, // now 182/194, confidently wrong 2 (placed 2)
  { name: 'nem-chua-thanh-hoa', floor: 0.86, maxWrong: 4 }, // now 149/172, confidently wrong 4 (placed 4)
  { name: 'nem-dem', floor: 0.96, maxWrong: 2 }, // now 166/172, confidently wrong 2 (placed 1)
  { name: 'nem-gon-phuoc-loc', floor: 0.90, maxWrong: 3 }, // now 168/185, confidently wrong 3 (placed 3)
  { name: 'nem-lui-hue', floor: 0.88, maxWrong: 2 }, // now 152/172, confidently wrong 2 (placed 2)
  { name: 'nem-nuong-ninh-hoa', floor: 0.92, maxWrong: 4 }, // now 166/180, confidently wrong 4 (placed 3)
  { name: 'nen-sinh-nhat-trang-tri', floor: 0.80, maxWrong: 7 }, // now 138/172, confidently wrong 7 (placed 7)
  { name: 'nen-thom-thu-cong', floor: 0.98, maxWrong: 0 }, // now 170/172, confidently wrong 0 (placed 0)
  { name: 'ngoc-trai-an-thoi', floor: 0.93, maxWrong: 2 }, // now 162/174, confidently wrong 2 (placed 2)
  { name: 'nguyen-lieu-tra-sua', floor: 0.96, maxWrong: 6 }, // now 164/170, confidently wrong 6 (placed 6)
  { name: 'nha-dam-thach', floor: 0.94, maxWrong: 3 }, // now 142/150, confidently wrong 3 (placed 2)
  { name: 'nhac-cu-tay-nguyen', floor: 0.90, maxWrong: 3 }, // now 168/185, confidently wrong 3 (placed 3)
  { name: 'nhan-bac-theo-size', floor: 0.93, maxWrong: 2 }, // now 163/175, confidently wrong 2 (placed 1)
  { name: 'nhan-long-hung-yen-2', floor: 0.89, maxWrong: 8 }, // now 179/200, confidently wrong 8 (placed 8)
  { name: 'nhan-long-hung-yen', floor: 0.91, maxWrong: 7 }, // now 179/196, confidently wrong 7 (placed 6)
  { name: 'nhan-long-pho-hien-2', floor: 0.90, maxWrong: 6 }, // now 175/194, confidently wrong 6 (placed 6)
  { name: 'nhan-long-pho-hien-3', floor: 0.86, maxWrong: 7 }, // now 173/199, confidently wrong 7 (placed 7)
  { name: 'nhan-long-pho-hien-4', floor: 0.90, maxWrong: 4 }, // now 179/197, confidently wrong 4 (placed 3)
  { name: 'nhan-long-pho-hien', floor: 0.92, maxWrong: 4 }, // now 163/176, confidently wrong 4 (placed 4)
  { name: 'nhan-sen-hung-yen', floor: 0.83, maxWrong: 10 }, // now 166/199, confidently wrong 10 (placed 9)
  { name: 'nhan-sen-pho-hien-2', floor: 0.89, maxWrong: 8 }, // now 174/194, confidently wrong 8 (placed 8)
  { name: 'nhan-sen-pho-hien-3', floor: 0.85, maxWrong: 7 }, // now 170/200, confidently wrong 7 (placed 6)
  { name: 'nhan-sen-pho-hien', floor: 0.91, maxWrong: 4 }, // now 177/194, confidently wrong 4 (placed 4)
  { name: 'nho-cuu-phan-rang', floor: 0.92, maxWrong: 3 }, // now 177/191, confidently wrong 3 (placed 2)
  { name: 'nho-tao-thai-an', floor: 0.90, maxWrong: 6 }, // now 164/182, confidently wrong 6 (placed 3)
  { name: 'nho-thai-an-2', floor: 0.93, maxWrong: 3 }, // now 183/196, confidently wrong 3 (placed 3)
  { name: 'nho-thai-an-3', floor: 0.92, maxWrong: 3 }, // now 185/200, confidently wrong 3 (placed 3)
  { name: 'nho-thai-an-4', floor: 0.95, maxWrong: 4 }, // now 190/200, confidently wrong 4 (placed 3)
  { name: 'nho-thai-an', floor: 0.90, maxWrong: 10 }, // now 179/197, confidently wrong 10 (placed 9)
  { name: 'nho-vang-phan-rang', floor: 0.89, maxWrong: 4 }, // now 172/193, confidently wrong 4 (placed 4)
  { name: 'nhom-man-xa-2', floor: 0.92, maxWrong: 0 }, // now 158/170, confidently wrong 0 (placed 0)
  { name: 'nhom-man-xa', floor: 0.96, maxWrong: 6 }, // now 173/180, confidently wrong 6 (placed 4)
  { name: 'nhua-gia-dung-minh-khai', floor: 0.96, maxWrong: 2 }, // now 169/176, confidently wrong 2 (placed 2)
  { name: 'nhua-minh-khai', floor: 0.95, maxWrong: 0 }, // now 171/180, confidently wrong 0 (placed 0)
  { name: 'nhua-trieu-khuc', floor: 0.94, maxWrong: 4 }, // now 176/187, confidently wrong 4 (placed 3)
  { name: 'nhung-huou-huong-son', floor: 0.91, maxWrong: 3 }, // now 180/197, confidently wrong 3 (placed 2)
  { name: 'noi-chao-chong-dinh', floor: 0.94, maxWrong: 2 }, // now 162/172, confidently wrong 2 (placed 2)
  { name: 'noi-chao-man-xa', floor: 0.94, maxWrong: 3 }, // now 171/181, confidently wrong 3 (placed 1)
  { name: 'noi-chien-lo-vi-song', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 2)
  { name: 'noi-com-dien', floor: 0.93, maxWrong: 4 }, // now 159/170, confidently wrong 4 (placed 4)
  { name: 'noi-dong-dai-bai', floor: 1.00, maxWrong: 0 }, // now 174/174, confidently wrong 0 (placed 0)
  { name: 'non-ao-bao-ho-xe-may', floor: 0.95, maxWrong: 1 }, // now 164/172, confidently wrong 1 (placed 1)
  { name: 'non-banh-phu-cam', floor: 0.92, maxWrong: 5 }, // now 185/200, confidently wrong 5 (placed 5)
  { name: 'non-co-son-vi', floor: 0.92, maxWrong: 8 }, // now 181/196, confidently wrong 8 (placed 5)
  { name: 'non-huong-phu-cam', floor: 0.91, maxWrong: 6 }, // now 180/196, confidently wrong 6 (placed 5)
  { name: 'non-la-chuong', floor: 0.98, maxWrong: 0 }, // now 194/197, confidently wrong 0 (placed 0)
  { name: 'non-la-ha-dong', floor: 0.95, maxWrong: 4 }, // now 190/200, confidently wrong 4 (placed 2)
  { name: 'non-la-huong-non', floor: 0.89, maxWrong: 4 }, // now 174/195, confidently wrong 4 (placed 3)
  { name: 'non-la-lang-chuong-10', floor: 0.87, maxWrong: 16 }, // now 175/200, confidently wrong 16 (placed 13)
  { name: 'non-la-lang-chuong-2', floor: 0.95, maxWrong: 1 }, // now 162/170, confidently wrong 1 (placed 1)
  { name: 'non-la-lang-chuong-3', floor: 0.92, maxWrong: 4 }, // now 181/195, confidently wrong 4 (placed 3)
  { name: 'non-la-lang-chuong-4', floor: 0.88, maxWrong: 10 }, // now 168/190, confidently wrong 10 (placed 10)
  { name: 'non-la-lang-chuong-5', floor: 0.89, maxWrong: 7 }, // now 177/197, confidently wrong 7 (placed 7)
  { name: 'non-la-lang-chuong-6', floor: 0.89, maxWrong: 4 }, // now 175/196, confidently wrong 4 (placed 4)
  { name: 'non-la-lang-chuong-7', floor: 0.93, maxWrong: 5 }, // now 183/196, confidently wrong 5 (placed 4)
  { name: 'non-la-lang-chuong-8', floor: 0.90, maxWrong: 7 }, // now 177/196, confidently wrong 7 (placed 6)
  { name: 'non-la-lang-chuong-9', floor: 0.90, maxWrong: 7 }, // now 181/200, confidently wrong 7 (placed 6)
  { name: 'non-la-lang-chuong', floor: 0.93, maxWrong: 2 }, // now 183/195, confidently wrong 2 (placed 2)
  { name: 'non-la-ngoc-dong', floor: 0.89, maxWrong: 4 }, // now 176/197, confidently wrong 4 (placed 4)
  { name: 'non-la-phu-cam', floor: 0.92, maxWrong: 5 }, // now 184/198, confidently wrong 5 (placed 4)
  { name: 'non-la-tan-phu-dong', floor: 0.95, maxWrong: 1 }, // now 190/200, confidently wrong 1 (placed 1)
  { name: 'non-la-tay-ho', floor: 0.89, maxWrong: 8 }, // now 178/198, confidently wrong 8 (placed 8)
  { name: 'nong-cu-cam-tay', floor: 0.94, maxWrong: 0 }, // now 162/171, confidently wrong 0 (placed 0)
  { name: 'nong-san-bien-ho-pleiku', floor: 0.89, maxWrong: 4 }, // now 174/194, confidently wrong 4 (placed 4)
  { name: 'nong-san-chu-a-pleiku', floor: 0.88, maxWrong: 9 }, // now 172/194, confidently wrong 9 (placed 6)
  { name: 'nong-san-da-bac', floor: 0.90, maxWrong: 3 }, // now 174/193, confidently wrong 3 (placed 3)
  { name: 'nong-san-dak-ha', floor: 0.89, maxWrong: 6 }, // now 178/200, confidently wrong 6 (placed 5)
  { name: 'nong-san-dak-song', floor: 0.89, maxWrong: 9 }, // now 177/197, confidently wrong 9 (placed 7)
  { name: 'nong-san-di-linh', floor: 0.92, maxWrong: 1 }, // now 185/200, confidently wrong 1 (placed 1)
  { name: 'nong-san-ea-tu', floor: 0.92, maxWrong: 4 }, // now 185/199, confidently wrong 4 (placed 3)
  { name: 'nong-san-gia-nghia', floor: 0.87, maxWrong: 7 }, // now 170/194, confidently wrong 7 (placed 6)
  { name: 'nong-san-mai-son', floor: 0.91, maxWrong: 6 }, // now 183/199, confidently wrong 6 (placed 5)
  { name: 'nong-san-mang-den-2', floor: 0.90, maxWrong: 3 }, // now 172/190, confidently wrong 3 (placed 2)
  { name: 'nong-san-mang-den', floor: 0.93, maxWrong: 6 }, // now 175/188, confidently wrong 6 (placed 6)
  { name: 'nong-san-moc-chau-2', floor: 0.92, maxWrong: 6 }, // now 177/191, confidently wrong 6 (placed 6)
  { name: 'nong-san-moc-chau-3', floor: 0.94, maxWrong: 3 }, // now 189/200, confidently wrong 3 (placed 3)
  { name: 'nong-san-moc-chau-4', floor: 0.90, maxWrong: 8 }, // now 181/200, confidently wrong 8 (placed 8)
  { name: 'nong-san-moc-chau', floor: 0.91, maxWrong: 4 }, // now 180/196, confidently wrong 4 (placed 4)
  { name: 'nong-san-mu-cang-chai', floor: 0.91, maxWrong: 4 }, // now 176/193, confidently wrong 4 (placed 4)
  { name: 'nong-san-trai-mat', floor: 0.91, maxWrong: 5 }, // now 182/199, confidently wrong 5 (placed 4)
  { name: 'nong-san-xuan-tho', floor: 0.82, maxWrong: 17 }, // now 165/200, confidently wrong 17 (placed 16)
  { name: 'nuoc-cot-dua-dua-kho', floor: 0.92, maxWrong: 3 }, // now 157/170, confidently wrong 3 (placed 2)
  { name: 'nuoc-ep-cai-be', floor: 0.91, maxWrong: 2 }, // now 161/176, confidently wrong 2 (placed 2)
  { name: 'nuoc-ep-trai-cay', floor: 0.97, maxWrong: 0 }, // now 171/175, confidently wrong 0 (placed 0)
  { name: 'nuoc-giai-khat-pha-che', floor: 0.95, maxWrong: 2 }, // now 163/170, confidently wrong 2 (placed 2)
  { name: 'nuoc-giat-rua-huu-co', floor: 0.93, maxWrong: 6 }, // now 161/172, confidently wrong 6 (placed 5)
  { name: 'nuoc-hoa-chiet', floor: 0.94, maxWrong: 2 }, // now 166/175, confidently wrong 2 (placed 2)
  { name: 'nuoc-hoa-o-to', floor: 0.91, maxWrong: 2 }, // now 158/172, confidently wrong 2 (placed 1)
  { name: 'nuoc-mam-banh-phu-quoc-hai-san-kho', floor: 0.97, maxWrong: 1 }, // now 167/171, confidently wrong 1 (placed 1)
  { name: 'nuoc-mam-cat-hai-2', floor: 0.90, maxWrong: 4 }, // now 170/188, confidently wrong 4 (placed 4)
  { name: 'nuoc-mam-cat-hai-3', floor: 0.91, maxWrong: 2 }, // now 174/190, confidently wrong 2 (placed 2)
  { name: 'nuoc-mam-cat-hai', floor: 0.88, maxWrong: 2 }, // now 159/180, confidently wrong 2 (placed 2)
  { name: 'nuoc-mam-cua-lan', floor: 0.87, maxWrong: 8 }, // now 160/182, confidently wrong 8 (placed 7)
  { name: 'nuoc-mam-dien-chau', floor: 0.90, maxWrong: 3 }, // now 171/190, confidently wrong 3 (placed 1)
  { name: 'nuoc-mam-ham-ninh-2', floor: 0.90, maxWrong: 5 }, // now 176/194, confidently wrong 5 (placed 3)
  { name: 'nuoc-mam-ham-ninh', floor: 0.83, maxWrong: 1 }, // now 161/193, confidently wrong 1 (placed 1)
  { name: 'nuoc-mam-hoang-hoa', floor: 0.86, maxWrong: 10 }, // now 173/199, confidently wrong 10 (placed 9)
  { name: 'nuoc-mam-muc-kho-bao-ninh', floor: 0.85, maxWrong: 11 }, // now 168/196, confidently wrong 11 (placed 11)
  { name: 'nuoc-mam-mui-ne', floor: 0.89, maxWrong: 10 }, // now 178/198, confidently wrong 10 (placed 10)
  { name: 'nuoc-mam-nam-o-2', floor: 0.92, maxWrong: 8 }, // now 176/191, confidently wrong 8 (placed 8)
  { name: 'nuoc-mam-nam-o-3', floor: 0.85, maxWrong: 10 }, // now 171/200, confidently wrong 10 (placed 10)
  { name: 'nuoc-mam-nam-o', floor: 0.92, maxWrong: 3 }, // now 167/180, confidently wrong 3 (placed 2)
  { name: 'nuoc-mam-phu-quoc', floor: 0.88, maxWrong: 5 }, // now 176/200, confidently wrong 5 (placed 4)
  { name: 'nuoc-mam-quynh-luu', floor: 0.83, maxWrong: 10 }, // now 166/198, confidently wrong 10 (placed 8)
  { name: 'nuoc-mam-thanh-long-phan-thiet', floor: 0.90, maxWrong: 5 }, // now 181/200, confidently wrong 5 (placed 5)
  { name: 'nuoc-mia-sau-rieng', floor: 0.90, maxWrong: 5 }, // now 154/171, confidently wrong 5 (placed 5)
  { name: 'nuoc-ngot-thung', floor: 0.89, maxWrong: 9 }, // now 152/170, confidently wrong 9 (placed 9)
  { name: 'nuoc-rua-chen-lau-san', floor: 0.92, maxWrong: 0 }, // now 159/172, confidently wrong 0 (placed 0)
  { name: 'nuoc-sam-cho-con', floor: 0.84, maxWrong: 9 }, // now 149/176, confidently wrong 9 (placed 8)
  { name: 'nuoc-suoi-binh-20l', floor: 0.92, maxWrong: 4 }, // now 157/170, confidently wrong 4 (placed 4)
  { name: 'nuoc-tay-rua-nha-bep', floor: 0.96, maxWrong: 1 }, // now 164/170, confidently wrong 1 (placed 1)
  { name: 'nuoc-tuong-dau-nanh', floor: 0.95, maxWrong: 2 }, // now 165/172, confidently wrong 2 (placed 2)
  { name: 'nuoc-yen-hu', floor: 0.94, maxWrong: 2 }, // now 163/172, confidently wrong 2 (placed 2)
  { name: 'o-cam-keo-dai', floor: 0.92, maxWrong: 1 }, // now 157/170, confidently wrong 1 (placed 1)
  { name: 'o-du-che-mua', floor: 0.93, maxWrong: 2 }, // now 161/172, confidently wrong 2 (placed 2)
  { name: 'o-du-phu-gia', floor: 0.88, maxWrong: 2 }, // now 160/180, confidently wrong 2 (placed 1)
  { name: 'o-khoa-van-tay', floor: 0.91, maxWrong: 3 }, // now 160/175, confidently wrong 3 (placed 3)
  { name: 'o-khoa', floor: 0.94, maxWrong: 1 }, // now 162/172, confidently wrong 1 (placed 1)
  { name: 'o-mai-yen-phu', floor: 0.95, maxWrong: 3 }, // now 181/190, confidently wrong 3 (placed 3)
  { name: 'o-quat-dai-yen', floor: 0.91, maxWrong: 5 }, // now 179/195, confidently wrong 5 (placed 5)
  { name: 'ong-hut-co-bao-bi-xanh', floor: 0.92, maxWrong: 3 }, // now 158/171, confidently wrong 3 (placed 3)
  { name: 'ong-mat-dong-van', floor: 0.92, maxWrong: 3 }, // now 169/182, confidently wrong 3 (placed 2)
  { name: 'ong-mat-khoai-chau', floor: 0.96, maxWrong: 2 }, // now 184/190, confidently wrong 2 (placed 2)
  { name: 'ong-nuoc-ppr', floor: 0.95, maxWrong: 4 }, // now 163/171, confidently wrong 4 (placed 3)
  { name: 'ong-tuoi-nong-nghiep', floor: 0.94, maxWrong: 0 }, // now 166/175, confidently wrong 0 (placed 0)
  { name: 'ot-bot-gia-vi', floor: 0.92, maxWrong: 5 }, // now 159/172, confidently wrong 5 (placed 4)
  { name: 'pallet-phu-khe', floor: 0.93, maxWrong: 1 }, // now 178/190, confidently wrong 1 (placed 1)
  { name: 'phan-bon-dat-trong', floor: 0.96, maxWrong: 1 }, // now 174/180, confidently wrong 1 (placed 1)
  { name: 'phim-dan-kinh', floor: 0.92, maxWrong: 4 }, // now 159/172, confidently wrong 4 (placed 4)
  { name: 'pho-bo-mang-ve', floor: 0.90, maxWrong: 9 }, // now 158/175, confidently wrong 9 (placed 9)
  { name: 'pho-cuon-ngu-xa', floor: 0.94, maxWrong: 1 }, // now 189/200, confidently wrong 1 (placed 1)
  { name: 'pho-van-cu', floor: 0.91, maxWrong: 4 }, // now 177/193, confidently wrong 4 (placed 4)
  { name: 'phong-linh-cam-thanh', floor: 0.97, maxWrong: 1 }, // now 184/188, confidently wrong 1 (placed 0)
  { name: 'phu-kien-bida', floor: 0.97, maxWrong: 2 }, // now 166/171, confidently wrong 2 (placed 2)
  { name: 'phu-kien-cua-nhom', floor: 0.92, maxWrong: 7 }, // now 162/175, confidently wrong 7 (placed 7)
  { name: 'phu-kien-dien-thoai', floor: 0.89, maxWrong: 4 }, // now 153/171, confidently wrong 4 (placed 4)
  { name: 'phu-kien-may-anh', floor: 0.95, maxWrong: 5 }, // now 166/173, confidently wrong 5 (placed 5)
  { name: 'phu-kien-may-khoan', floor: 0.98, maxWrong: 0 }, // now 169/171, confidently wrong 0 (placed 0)
  { name: 'phu-kien-may-tinh', floor: 0.95, maxWrong: 4 }, // now 162/170, confidently wrong 4 (placed 4)
  { name: 'phu-kien-o-to', floor: 0.93, maxWrong: 5 }, // now 159/170, confidently wrong 5 (placed 5)
  { name: 'phu-kien-rem-cua', floor: 0.95, maxWrong: 1 }, // now 165/172, confidently wrong 1 (placed 1)
  { name: 'phu-kien-tan-phong', floor: 0.86, maxWrong: 4 }, // now 156/180, confidently wrong 4 (placed 4)
  { name: 'phu-kien-thu-cung', floor: 0.97, maxWrong: 2 }, // now 168/172, confidently wrong 2 (placed 2)
  { name: 'phu-kien-toc-thon-dong', floor: 0.88, maxWrong: 4 }, // now 155/175, confidently wrong 4 (placed 4)
  { name: 'phu-kien-toc', floor: 0.97, maxWrong: 1 }, // now 166/170, confidently wrong 1 (placed 1)
  { name: 'phu-kien-xe-dap-the-thao', floor: 0.97, maxWrong: 2 }, // now 167/172, confidently wrong 2 (placed 2)
  { name: 'phu-lieu-may-mac', floor: 0.95, maxWrong: 4 }, // now 162/170, confidently wrong 4 (placed 4)
  { name: 'phu-tung-may-bom', floor: 0.94, maxWrong: 2 }, // now 162/172, confidently wrong 2 (placed 2)
  { name: 'phu-tung-tan-lap', floor: 0.95, maxWrong: 3 }, // now 176/185, confidently wrong 3 (placed 3)
  { name: 'phu-tung-xe-may', floor: 0.95, maxWrong: 1 }, // now 167/175, confidently wrong 1 (placed 1)
  { name: 'pia-lap-xuong-soc-trang', floor: 0.90, maxWrong: 3 }, // now 181/200, confidently wrong 3 (placed 3)
  { name: 'pin-sac-du-phong', floor: 0.94, maxWrong: 4 }, // now 165/175, confidently wrong 4 (placed 4)
  { name: 'pin-tieu-pin-cuc-ao', floor: 0.94, maxWrong: 3 }, // now 177/187, confidently wrong 3 (placed 3)
  { name: 'pizza-quan', floor: 0.88, maxWrong: 4 }, // now 153/172, confidently wrong 4 (placed 3)
  { name: 'qua-tang-bat-trang', floor: 0.91, maxWrong: 3 }, // now 157/172, confidently wrong 3 (placed 3)
  { name: 'quan-ao-tre-em', floor: 0.93, maxWrong: 2 }, // now 161/173, confidently wrong 2 (placed 1)
  { name: 'quan-com-ga-hoi-an', floor: 0.94, maxWrong: 1 }, // now 165/175, confidently wrong 1 (placed 1)
  { name: 'quan-ga-ran', floor: 0.91, maxWrong: 3 }, // now 155/170, confidently wrong 3 (placed 3)
  { name: 'quan-ho-lang-diem-2', floor: 0.80, maxWrong: 9 }, // now 157/196, confidently wrong 9 (placed 9)
  { name: 'quan-ho-lang-diem', floor: 0.92, maxWrong: 4 }, // now 166/180, confidently wrong 4 (placed 3)
  { name: 'quan-ho-lim', floor: 0.94, maxWrong: 3 }, // now 170/180, confidently wrong 3 (placed 3)
  { name: 'quan-jean', floor: 0.93, maxWrong: 5 }, // now 160/171, confidently wrong 5 (placed 5)
  { name: 'quat-chang-son-2', floor: 0.95, maxWrong: 2 }, // now 182/190, confidently wrong 2 (placed 2)
  { name: 'quat-chang-son', floor: 0.95, maxWrong: 4 }, // now 172/180, confidently wrong 4 (placed 3)
  { name: 'quat-dien', floor: 0.97, maxWrong: 2 }, // now 167/172, confidently wrong 2 (placed 2)
  { name: 'quat-giay-chang-son-2', floor: 0.94, maxWrong: 2 }, // now 188/199, confidently wrong 2 (placed 2)
  { name: 'quat-giay-chang-son', floor: 0.98, maxWrong: 0 }, // now 177/179, confidently wrong 0 (placed 0)
  { name: 'quat-giay-tam-son', floor: 0.89, maxWrong: 7 }, // now 174/195, confidently wrong 7 (placed 5)
  { name: 'quat-go-chang-son', floor: 0.91, maxWrong: 8 }, // now 182/200, confidently wrong 8 (placed 8)
  { name: 'quat-long-chang-son', floor: 0.92, maxWrong: 5 }, // now 164/177, confidently wrong 5 (placed 5)
  { name: 'quat-may-tre', floor: 0.96, maxWrong: 3 }, // now 168/175, confidently wrong 3 (placed 3)
  { name: 'quat-non-truong-yen', floor: 0.92, maxWrong: 8 }, // now 180/195, confidently wrong 8 (placed 6)
  { name: 'quat-tran-quat-hut', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 2)
  { name: 'quay-that-khe', floor: 0.94, maxWrong: 3 }, // now 173/183, confidently wrong 3 (placed 3)
  { name: 'que-hoi-van-yen', floor: 0.96, maxWrong: 5 }, // now 192/200, confidently wrong 5 (placed 2)
  { name: 'que-mach-nha-quang-ngai', floor: 0.93, maxWrong: 4 }, // now 180/193, confidently wrong 4 (placed 4)
  { name: 'que-sam-tra-my', floor: 0.91, maxWrong: 6 }, // now 183/200, confidently wrong 6 (placed 4)
  { name: 'que-tieu-que-son', floor: 0.94, maxWrong: 2 }, // now 178/188, confidently wrong 2 (placed 2)
  { name: 'que-xien-tam-tre', floor: 0.93, maxWrong: 2 }, // now 161/172, confidently wrong 2 (placed 2)
  { name: 'quy-vang-kieu-ky', floor: 0.85, maxWrong: 12 }, // now 170/200, confidently wrong 12 (placed 11)
  { name: 'rau-mam-yen-vien', floor: 0.97, maxWrong: 2 }, // now 171/175, confidently wrong 2 (placed 2)
  { name: 'rau-sach-da-lat', floor: 0.99, maxWrong: 0 }, // now 178/179, confidently wrong 0 (placed 0)
  { name: 'rau-sach-van-noi', floor: 0.94, maxWrong: 1 }, // now 164/174, confidently wrong 1 (placed 1)
  { name: 'rau-tra-que', floor: 0.91, maxWrong: 6 }, // now 167/183, confidently wrong 6 (placed 6)
  { name: 'rem-cua-tan-lap', floor: 0.90, maxWrong: 3 }, // now 164/182, confidently wrong 3 (placed 2)
  { name: 'rem-cua-vai', floor: 0.96, maxWrong: 3 }, // now 166/172, confidently wrong 3 (placed 3)
  { name: 'rem-phong-tam-moc-treo', floor: 0.96, maxWrong: 2 }, // now 168/174, confidently wrong 2 (placed 2)
  { name: 'rem-tre-manh-truc', floor: 0.95, maxWrong: 3 }, // now 173/181, confidently wrong 3 (placed 3)
  { name: 'ren-da-sy-2', floor: 0.94, maxWrong: 3 }, // now 166/176, confidently wrong 3 (placed 2)
  { name: 'ren-da-sy-3', floor: 0.92, maxWrong: 4 }, // now 177/191, confidently wrong 4 (placed 4)
  { name: 'ren-da-sy-4', floor: 0.95, maxWrong: 1 }, // now 191/200, confidently wrong 1 (placed 0)
  { name: 'ren-da-sy', floor: 0.94, maxWrong: 3 }, // now 172/182, confidently wrong 3 (placed 2)
  { name: 'ren-ly-nhan', floor: 0.90, maxWrong: 7 }, // now 180/198, confidently wrong 7 (placed 5)
  { name: 'ren-phuc-sen-2', floor: 0.90, maxWrong: 10 }, // now 179/198, confidently wrong 10 (placed 9)
  { name: 'ren-phuc-sen-3', floor: 0.93, maxWrong: 3 }, // now 184/196, confidently wrong 3 (placed 3)
  { name: 'ren-phuc-sen', floor: 0.87, maxWrong: 7 }, // now 174/200, confidently wrong 7 (placed 4)
  { name: 'ren-van-chang-2', floor: 0.93, maxWrong: 6 }, // now 185/197, confidently wrong 6 (placed 4)
  { name: 'ren-van-chang', floor: 0.88, maxWrong: 4 }, // now 174/196, confidently wrong 4 (placed 3)
  { name: 'ren-van-trang', floor: 0.90, maxWrong: 5 }, // now 180/200, confidently wrong 5 (placed 5)
  { name: 'ren-xuan-lai-2', floor: 0.94, maxWrong: 2 }, // now 171/181, confidently wrong 2 (placed 1)
  { name: 'ren-xuan-lai', floor: 0.90, maxWrong: 0 }, // now 167/185, confidently wrong 0 (placed 0)
  { name: 'rong-bien-kho', floor: 0.89, maxWrong: 9 }, // now 156/175, confidently wrong 9 (placed 9)
  { name: 'ruoi-tu-ky', floor: 0.95, maxWrong: 0 }, // now 172/181, confidently wrong 0 (placed 0)
  { name: 'ruou-ban-pho', floor: 0.86, maxWrong: 6 }, // now 152/175, confidently wrong 6 (placed 3)
  { name: 'ruou-banh-dinh-bang', floor: 0.84, maxWrong: 11 }, // now 162/192, confidently wrong 11 (placed 10)
  { name: 'ruou-banh-phu-le', floor: 0.85, maxWrong: 7 }, // now 167/195, confidently wrong 7 (placed 7)
  { name: 'ruou-bau-da-cu-lam', floor: 0.89, maxWrong: 6 }, // now 173/194, confidently wrong 6 (placed 6)
  { name: 'ruou-can-buon-jun', floor: 0.95, maxWrong: 4 }, // now 182/191, confidently wrong 4 (placed 3)
  { name: 'ruou-can-muong-bi', floor: 0.91, maxWrong: 6 }, // now 171/187, confidently wrong 6 (placed 6)
  { name: 'ruou-gom-van-ha', floor: 0.84, maxWrong: 12 }, // now 167/197, confidently wrong 12 (placed 11)
  { name: 'ruou-khe-mo', floor: 0.93, maxWrong: 1 }, // now 172/183, confidently wrong 1 (placed 1)
  { name: 'ruou-lang-van-2', floor: 0.89, maxWrong: 8 }, // now 176/196, confidently wrong 8 (placed 8)
  { name: 'ruou-lang-van-dong-dai-bai', floor: 0.98, maxWrong: 0 }, // now 176/179, confidently wrong 0 (placed 0)
  { name: 'ruou-lang-van', floor: 0.91, maxWrong: 5 }, // now 174/190, confidently wrong 5 (placed 4)
  { name: 'ruou-man-bac-ha', floor: 0.90, maxWrong: 7 }, // now 181/200, confidently wrong 7 (placed 7)
  { name: 'ruou-mo-mia-my-duc', floor: 0.89, maxWrong: 11 }, // now 173/193, confidently wrong 11 (placed 10)
  { name: 'ruou-nep-than-hop-qua', floor: 0.94, maxWrong: 5 }, // now 163/172, confidently wrong 5 (placed 5)
  { name: 'ruou-ngo-bac-ha', floor: 0.91, maxWrong: 3 }, // now 157/172, confidently wrong 3 (placed 0)
  { name: 'ruou-ngo-ban-pho', floor: 0.90, maxWrong: 4 }, // now 173/191, confidently wrong 4 (placed 3)
  { name: 'ruou-ngo-ha-giang', floor: 0.83, maxWrong: 11 }, // now 166/200, confidently wrong 11 (placed 9)
  { name: 'ruou-phu-loc', floor: 0.91, maxWrong: 4 }, // now 170/185, confidently wrong 4 (placed 3)
  { name: 'ruou-que-bau-da-kim-son', floor: 0.92, maxWrong: 3 }, // now 168/182, confidently wrong 3 (placed 3)
  { name: 'ruou-sim-cua-can', floor: 0.94, maxWrong: 3 }, // now 169/178, confidently wrong 3 (placed 3)
  { name: 'ruou-soju-nhap', floor: 0.94, maxWrong: 5 }, // now 165/175, confidently wrong 5 (placed 4)
  { name: 'ruou-tho-ha', floor: 0.78, maxWrong: 12 }, // now 151/192, confidently wrong 12 (placed 12)
  { name: 'ruou-thuoc-ngam', floor: 0.97, maxWrong: 3 }, // now 168/172, confidently wrong 3 (placed 3)
  { name: 'ruou-vang-nhap', floor: 0.92, maxWrong: 2 }, // now 162/175, confidently wrong 2 (placed 2)
  { name: 'sa-sung-van-don', floor: 0.95, maxWrong: 3 }, // now 186/195, confidently wrong 3 (placed 3)
  { name: 'sach-giao-khoa', floor: 0.84, maxWrong: 7 }, // now 145/172, confidently wrong 7 (placed 7)
  { name: 'sach-ngoai-ngu', floor: 0.89, maxWrong: 4 }, // now 157/175, confidently wrong 4 (placed 4)
  { name: 'sam-ngoc-linh', floor: 0.96, maxWrong: 4 }, // now 174/180, confidently wrong 4 (placed 4)
  { name: 'san-day-quang-hung', floor: 0.93, maxWrong: 4 }, // now 169/180, confidently wrong 4 (placed 4)
  { name: 'sao-truc-xuan-lai', floor: 0.93, maxWrong: 3 }, // now 176/189, confidently wrong 3 (placed 2)
  { name: 'sap-ong-quan-ba', floor: 0.93, maxWrong: 7 }, // now 178/190, confidently wrong 7 (placed 6)
  { name: 'sat-my-nghe-xuan-lai', floor: 0.88, maxWrong: 1 }, // now 169/190, confidently wrong 1 (placed 1)
  { name: 'sen-da-xuong-rong', floor: 0.95, maxWrong: 5 }, // now 165/172, confidently wrong 5 (placed 5)
  { name: 'sen-hue-tinh-tam', floor: 0.95, maxWrong: 0 }, // now 179/187, confidently wrong 0 (placed 0)
  { name: 'sen-que-nam-dan-2', floor: 0.89, maxWrong: 9 }, // now 174/195, confidently wrong 9 (placed 9)
  { name: 'sen-que-nam-dan-3', floor: 0.89, maxWrong: 9 }, // now 174/194, confidently wrong 9 (placed 8)
  { name: 'sen-que-nam-dan', floor: 0.94, maxWrong: 5 }, // now 188/199, confidently wrong 5 (placed 4)
  { name: 'sen-thap-muoi', floor: 0.87, maxWrong: 12 }, // now 174/200, confidently wrong 12 (placed 9)
  { name: 'sen-tinh-tam', floor: 0.92, maxWrong: 2 }, // now 172/185, confidently wrong 2 (placed 2)
  { name: 'so-da-but-ky', floor: 0.95, maxWrong: 4 }, // now 163/171, confidently wrong 4 (placed 3)
  { name: 'socola-ca-cao-ben-tre', floor: 0.96, maxWrong: 2 }, // now 166/172, confidently wrong 2 (placed 0)
  { name: 'soi-in-3d', floor: 0.95, maxWrong: 6 }, // now 163/170, confidently wrong 6 (placed 6)
  { name: 'son-chong-tham', floor: 0.92, maxWrong: 3 }, // now 157/170, confidently wrong 3 (placed 2)
  { name: 'son-dinh-oc-vit', floor: 0.96, maxWrong: 1 }, // now 166/172, confidently wrong 1 (placed 1)
  { name: 'son-go-dau-lau', floor: 0.94, maxWrong: 1 }, // now 165/174, confidently wrong 1 (placed 1)
  { name: 'son-mai-gom-binh-duong', floor: 0.96, maxWrong: 1 }, // now 193/200, confidently wrong 1 (placed 1)
  { name: 'son-mai-ha-thai-10', floor: 0.94, maxWrong: 2 }, // now 188/200, confidently wrong 2 (placed 1)
  { name: 'son-mai-ha-thai-2', floor: 0.89, maxWrong: 5 }, // now 170/191, confidently wrong 5 (placed 4)
  { name: 'son-mai-ha-thai-3', floor: 0.86, maxWrong: 9 }, // now 171/197, confidently wrong 9 (placed 9)
  { name: 'son-mai-ha-thai-4', floor: 0.89, maxWrong: 7 }, // now 178/200, confidently wrong 7 (placed 6)
  { name: 'son-mai-ha-thai-5', floor: 0.90, maxWrong: 4 }, // now 179/198, confidently wrong 4 (placed 4)
  { name: 'son-mai-ha-thai-6', floor: 0.89, maxWrong: 8 }, // now 175/195, confidently wrong 8 (placed 7)
  { name: 'son-mai-ha-thai-7', floor: 0.88, maxWrong: 7 }, // now 175/197, confidently wrong 7 (placed 6)
  { name: 'son-mai-ha-thai-8', floor: 0.88, maxWrong: 10 }, // now 172/194, confidently wrong 10 (placed 9)
  { name: 'son-mai-ha-thai-9', floor: 0.94, maxWrong: 3 }, // now 188/200, confidently wrong 3 (placed 1)
  { name: 'son-mai-ha-thai', floor: 0.98, maxWrong: 0 }, // now 209/212, confidently wrong 0 (placed 0)
  { name: 'son-mai-trong-nhat-tan', floor: 0.89, maxWrong: 10 }, // now 178/198, confidently wrong 10 (placed 9)
  { name: 'son-mai-tuong-binh-hiep-2', floor: 0.87, maxWrong: 9 }, // now 173/197, confidently wrong 9 (placed 9)
  { name: 'son-mai-tuong-binh-hiep-3', floor: 0.91, maxWrong: 3 }, // now 181/198, confidently wrong 3 (placed 2)
  { name: 'son-mai-tuong-binh-hiep-4', floor: 0.94, maxWrong: 7 }, // now 177/188, confidently wrong 7 (placed 6)
  { name: 'son-mai-tuong-binh-hiep-5', floor: 0.89, maxWrong: 9 }, // now 179/199, confidently wrong 9 (placed 7)
  { name: 'son-mai-tuong-binh-hiep', floor: 0.91, maxWrong: 6 }, // now 175/191, confidently wrong 6 (placed 6)
  { name: 'son-mai-van-diem', floor: 0.89, maxWrong: 4 }, // now 173/193, confidently wrong 4 (placed 4)
  { name: 'son-moi-my-pham-han', floor: 0.92, maxWrong: 6 }, // now 157/170, confidently wrong 6 (placed 5)
  { name: 'son-mong-tay', floor: 0.95, maxWrong: 3 }, // now 164/172, confidently wrong 3 (placed 3)
  { name: 'son-thanh-tri', floor: 0.91, maxWrong: 3 }, // now 158/172, confidently wrong 3 (placed 3)
  { name: 'son-tuong-nuoc', floor: 0.92, maxWrong: 4 }, // now 158/171, confidently wrong 4 (placed 4)
  { name: 'son-xit-keo-dan', floor: 0.91, maxWrong: 6 }, // now 156/170, confidently wrong 6 (placed 6)
  { name: 'sot-lau-gia-vi', floor: 0.95, maxWrong: 1 }, // now 163/170, confidently wrong 1 (placed 1)
  { name: 'sua-bot-tre-em', floor: 0.87, maxWrong: 4 }, // now 153/175, confidently wrong 4 (placed 3)
  { name: 'sua-chua-nep-cam', floor: 0.85, maxWrong: 3 }, // now 149/175, confidently wrong 3 (placed 2)
  { name: 'sua-chua-uong-men-song', floor: 0.90, maxWrong: 6 }, // now 158/175, confidently wrong 6 (placed 3)
  { name: 'sua-de-gia-sinh', floor: 0.91, maxWrong: 6 }, // now 172/187, confidently wrong 6 (placed 6)
  { name: 'sua-hat-dong-chai', floor: 0.90, maxWrong: 8 }, // now 158/175, confidently wrong 8 (placed 6)
  { name: 'sua-hat-thanh-lam', floor: 0.92, maxWrong: 1 }, // now 170/183, confidently wrong 1 (placed 1)
  { name: 'sua-man-moc-chau', floor: 0.89, maxWrong: 8 }, // now 169/189, confidently wrong 8 (placed 8)
  { name: 'sua-moc-chau', floor: 0.95, maxWrong: 2 }, // now 169/177, confidently wrong 2 (placed 2)
  { name: 'sua-tam-dau-goi', floor: 0.95, maxWrong: 2 }, // now 164/171, confidently wrong 2 (placed 2)
  { name: 'sung-my-nghe-dong-van', floor: 0.94, maxWrong: 1 }, // now 186/196, confidently wrong 1 (placed 1)
  { name: 'ta-tay-gym', floor: 0.95, maxWrong: 3 }, // now 165/172, confidently wrong 3 (placed 2)
  { name: 'tac-tuong-bao-ha', floor: 0.90, maxWrong: 5 }, // now 180/200, confidently wrong 5 (placed 5)
  { name: 'tam-giac-mach-dong-van-2', floor: 0.91, maxWrong: 8 }, // now 183/200, confidently wrong 8 (placed 7)
  { name: 'tam-giac-mach-dong-van', floor: 0.94, maxWrong: 3 }, // now 181/192, confidently wrong 3 (placed 3)
  { name: 'tam-op-tuong-nhua', floor: 0.88, maxWrong: 8 }, // now 153/172, confidently wrong 8 (placed 7)
  { name: 'tap-hoa-online', floor: 0.94, maxWrong: 3 }, // now 166/176, confidently wrong 3 (placed 3)
  { name: 'tat-vo-gang-tay', floor: 0.95, maxWrong: 2 }, // now 167/175, confidently wrong 2 (placed 2)
  { name: 'thach-giai-khat-cam-xuyen', floor: 0.91, maxWrong: 7 }, // now 167/182, confidently wrong 7 (placed 7)
  { name: 'thach-rau-cau-bot', floor: 0.93, maxWrong: 7 }, // now 164/175, confidently wrong 7 (placed 7)
  { name: 'tham-coi-kim-son', floor: 0.90, maxWrong: 3 }, // now 164/182, confidently wrong 3 (placed 2)
  { name: 'tham-day-coi-thai-binh', floor: 0.98, maxWrong: 0 }, // now 170/173, confidently wrong 0 (placed 0)
  { name: 'tham-day-nam-cao', floor: 0.92, maxWrong: 4 }, // now 174/188, confidently wrong 4 (placed 4)
  { name: 'tham-dong-hoa', floor: 0.92, maxWrong: 2 }, // now 166/180, confidently wrong 2 (placed 1)
  { name: 'tham-len-dong-hoa', floor: 0.87, maxWrong: 2 }, // now 157/180, confidently wrong 2 (placed 2)
  { name: 'tham-lot-san-o-to', floor: 0.89, maxWrong: 2 }, // now 154/172, confidently wrong 2 (placed 2)
  { name: 'tham-tap-the-duc', floor: 0.94, maxWrong: 1 }, // now 165/175, confidently wrong 1 (placed 1)
  { name: 'tham-xo-dua', floor: 0.96, maxWrong: 1 }, // now 145/150, confidently wrong 1 (placed 1)
  { name: 'than-cui-bbq', floor: 0.96, maxWrong: 3 }, // now 166/172, confidently wrong 3 (placed 3)
  { name: 'thang-nhom-xe-day', floor: 0.92, maxWrong: 1 }, // now 159/172, confidently wrong 1 (placed 1)
  { name: 'thanh-long-ham-minh-2', floor: 0.92, maxWrong: 4 }, // now 184/200, confidently wrong 4 (placed 4)
  { name: 'thanh-long-ham-minh', floor: 0.93, maxWrong: 2 }, // now 182/194, confidently wrong 2 (placed 2)
  { name: 'thanh-tien-me-xung-hue', floor: 0.89, maxWrong: 9 }, // now 176/197, confidently wrong 9 (placed 8)
  { name: 'thao-moc-tan-huong', floor: 0.93, maxWrong: 4 }, // now 178/191, confidently wrong 4 (placed 4)
  { name: 'thap-huong-bai-tri', floor: 0.98, maxWrong: 2 }, // now 167/170, confidently wrong 2 (placed 2)
  { name: 'the-cao-dien-thoai', floor: 0.85, maxWrong: 4 }, // now 146/170, confidently wrong 4 (placed 3)
  { name: 'thep-da-hoi', floor: 0.96, maxWrong: 0 }, // now 177/184, confidently wrong 0 (placed 0)
  { name: 'theu-len-nhat-tuu', floor: 0.95, maxWrong: 6 }, // now 190/200, confidently wrong 6 (placed 4)
  { name: 'theu-quat-dong-2', floor: 0.86, maxWrong: 7 }, // now 170/196, confidently wrong 7 (placed 5)
  { name: 'theu-quat-dong-3', floor: 0.95, maxWrong: 1 }, // now 179/188, confidently wrong 1 (placed 1)
  { name: 'theu-quat-dong-4', floor: 0.89, maxWrong: 7 }, // now 175/196, confidently wrong 7 (placed 6)
  { name: 'theu-quat-dong-5', floor: 0.87, maxWrong: 3 }, // now 173/197, confidently wrong 3 (placed 2)
  { name: 'theu-quat-dong-6', floor: 0.92, maxWrong: 8 }, // now 183/198, confidently wrong 8 (placed 7)
  { name: 'theu-quat-dong-7', floor: 0.91, maxWrong: 4 }, // now 182/200, confidently wrong 4 (placed 4)
  { name: 'theu-quat-dong', floor: 0.99, maxWrong: 0 }, // now 213/214, confidently wrong 0 (placed 0)
  { name: 'theu-ren-tri-thuy', floor: 0.88, maxWrong: 4 }, // now 175/198, confidently wrong 4 (placed 4)
  { name: 'theu-ren-van-lam', floor: 0.91, maxWrong: 7 }, // now 173/189, confidently wrong 7 (placed 6)
  { name: 'theu-tay-to-lich', floor: 0.89, maxWrong: 5 }, // now 176/196, confidently wrong 5 (placed 4)
  { name: 'theu-van-lam', floor: 0.89, maxWrong: 11 }, // now 177/197, confidently wrong 11 (placed 9)
  { name: 'thia-dua-inox-go', floor: 0.97, maxWrong: 3 }, // now 168/172, confidently wrong 3 (placed 3)
  { name: 'thiep-cuoi', floor: 0.96, maxWrong: 0 }, // now 169/176, confidently wrong 0 (placed 0)
  { name: 'thiet-bi-bep-gas-mini', floor: 0.95, maxWrong: 2 }, // now 174/183, confidently wrong 2 (placed 2)
  { name: 'thiet-bi-dien-gia-dung', floor: 0.96, maxWrong: 3 }, // now 174/180, confidently wrong 3 (placed 2)
  { name: 'thiet-bi-ho-ca-koi', floor: 0.91, maxWrong: 4 }, // now 158/172, confidently wrong 4 (placed 4)
  { name: 'thiet-bi-mang-wifi', floor: 0.92, maxWrong: 4 }, // now 157/170, confidently wrong 4 (placed 3)
  { name: 'thiet-bi-mau-giao', floor: 0.94, maxWrong: 3 }, // now 160/170, confidently wrong 3 (placed 3)
  { name: 'thiet-bi-ve-sinh', floor: 0.90, maxWrong: 5 }, // now 155/172, confidently wrong 5 (placed 5)
  { name: 'thiet-bi-y-te-gia-dinh', floor: 0.92, maxWrong: 3 }, // now 162/175, confidently wrong 3 (placed 3)
  { name: 'thit-bo-uc', floor: 0.93, maxWrong: 5 }, // now 161/172, confidently wrong 5 (placed 4)
  { name: 'thit-chua-thanh-son', floor: 0.93, maxWrong: 4 }, // now 168/180, confidently wrong 4 (placed 4)
  { name: 'thit-heo-sach', floor: 0.97, maxWrong: 1 }, // now 180/185, confidently wrong 1 (placed 1)
  { name: 'thit-trau-gac-bep', floor: 0.98, maxWrong: 1 }, // now 122/124, confidently wrong 1 (placed 1)
  { name: 'tho-cam-ban-lac-2', floor: 0.91, maxWrong: 7 }, // now 183/200, confidently wrong 7 (placed 7)
  { name: 'tho-cam-ban-lac-3', floor: 0.88, maxWrong: 6 }, // now 176/199, confidently wrong 6 (placed 6)
  { name: 'tho-cam-ban-lac', floor: 0.97, maxWrong: 0 }, // now 177/181, confidently wrong 0 (placed 0)
  { name: 'tho-cam-ban-mong', floor: 0.93, maxWrong: 4 }, // now 168/180, confidently wrong 4 (placed 3)
  { name: 'tho-cam-cat-cat', floor: 0.91, maxWrong: 5 }, // now 182/200, confidently wrong 5 (placed 5)
  { name: 'tho-cam-dong-van', floor: 0.89, maxWrong: 6 }, // now 179/199, confidently wrong 6 (placed 6)
  { name: 'tho-cam-gom-my-nghiep', floor: 0.91, maxWrong: 6 }, // now 182/198, confidently wrong 6 (placed 5)
  { name: 'tho-cam-la-tam-ta-van', floor: 0.94, maxWrong: 2 }, // now 187/197, confidently wrong 2 (placed 2)
  { name: 'tho-cam-mai-chau-2', floor: 0.93, maxWrong: 3 }, // now 183/195, confidently wrong 3 (placed 3)
  { name: 'tho-cam-mai-chau', floor: 0.91, maxWrong: 5 }, // now 174/191, confidently wrong 5 (placed 5)
  { name: 'tho-cam-muong-bi', floor: 0.91, maxWrong: 7 }, // now 177/193, confidently wrong 7 (placed 7)
  { name: 'tho-cam-my-nghiep-2', floor: 0.91, maxWrong: 5 }, // now 183/200, confidently wrong 5 (placed 5)
  { name: 'tho-cam-my-nghiep', floor: 0.93, maxWrong: 2 }, // now 174/186, confidently wrong 2 (placed 2)
  { name: 'tho-cam-sapa-ban-ve', floor: 0.97, maxWrong: 2 }, // now 194/200, confidently wrong 2 (placed 1)
  { name: 'tho-cam-ta-phin', floor: 0.88, maxWrong: 7 }, // now 170/193, confidently wrong 7 (placed 6)
  { name: 'tho-cam-ta-van', floor: 0.90, maxWrong: 4 }, // now 180/198, confidently wrong 4 (placed 4)
  { name: 'thoi-trang-lua-van-phuc', floor: 0.89, maxWrong: 7 }, // now 179/200, confidently wrong 7 (placed 7)
  { name: 'thot-go-nha-bep', floor: 0.97, maxWrong: 0 }, // now 170/174, confidently wrong 0 (placed 0)
  { name: 'thot-not-la-buong-tri-ton', floor: 0.96, maxWrong: 1 }, // now 171/178, confidently wrong 1 (placed 1)
  { name: 'thot-not-tri-ton', floor: 0.88, maxWrong: 5 }, // now 176/200, confidently wrong 5 (placed 5)
  { name: 'thu-phap-phong-khe', floor: 0.93, maxWrong: 2 }, // now 164/175, confidently wrong 2 (placed 2)
  { name: 'thuc-an-chan-nuoi', floor: 0.86, maxWrong: 1 }, // now 151/174, confidently wrong 1 (placed 1)
  { name: 'thuc-an-chim-canh', floor: 0.94, maxWrong: 3 }, // now 166/175, confidently wrong 3 (placed 3)
  { name: 'thuc-an-cho-ca', floor: 0.90, maxWrong: 5 }, // now 159/175, confidently wrong 5 (placed 5)
  { name: 'thuc-an-thu-cung', floor: 0.96, maxWrong: 0 }, // now 176/183, confidently wrong 0 (placed 0)
  { name: 'thuc-pham-an-kieng', floor: 0.93, maxWrong: 5 }, // now 163/175, confidently wrong 5 (placed 5)
  { name: 'thuc-pham-chay', floor: 0.92, maxWrong: 4 }, // now 167/180, confidently wrong 4 (placed 2)
  { name: 'thuc-pham-dong-hop', floor: 0.89, maxWrong: 7 }, // now 152/170, confidently wrong 7 (placed 7)
  { name: 'thuc-pham-dong-lanh', floor: 0.96, maxWrong: 2 }, // now 168/175, confidently wrong 2 (placed 2)
  { name: 'thuc-pham-gym', floor: 0.93, maxWrong: 5 }, // now 161/172, confidently wrong 5 (placed 4)
  { name: 'thuc-pham-keto', floor: 0.91, maxWrong: 3 }, // now 157/172, confidently wrong 3 (placed 3)
  { name: 'thung-carton-bao-bi', floor: 0.92, maxWrong: 6 }, // now 162/175, confidently wrong 6 (placed 5)
  { name: 'thung-chai-an-hai', floor: 0.93, maxWrong: 5 }, // now 166/178, confidently wrong 5 (placed 5)
  { name: 'thung-do-nghe-nhua', floor: 0.91, maxWrong: 5 }, // now 160/175, confidently wrong 5 (placed 5)
  { name: 'thung-nhua-cong-nghiep', floor: 0.95, maxWrong: 2 }, // now 167/175, confidently wrong 2 (placed 2)
  { name: 'thung-rac-tui-rac', floor: 0.97, maxWrong: 2 }, // now 166/170, confidently wrong 2 (placed 2)
  { name: 'thung-xop-da-vien', floor: 0.90, maxWrong: 9 }, // now 159/175, confidently wrong 9 (placed 9)
  { name: 'thuoc-bao-ve-thuc-vat', floor: 0.92, maxWrong: 2 }, // now 157/170, confidently wrong 2 (placed 2)
  { name: 'thuoc-lao-tien-lang', floor: 0.92, maxWrong: 1 }, // now 170/184, confidently wrong 1 (placed 1)
  { name: 'thuoc-nam-hoa-qua-say', floor: 0.96, maxWrong: 3 }, // now 173/179, confidently wrong 3 (placed 3)
  { name: 'thuoc-nhuom-len-soi', floor: 0.91, maxWrong: 6 }, // now 157/172, confidently wrong 6 (placed 4)
  { name: 'thuoc-nhuom-toc', floor: 0.94, maxWrong: 2 }, // now 162/172, confidently wrong 2 (placed 2)
  { name: 'thuoc-thu-y', floor: 0.95, maxWrong: 3 }, // now 162/170, confidently wrong 3 (placed 2)
  { name: 'thuy-san-con-hen', floor: 0.94, maxWrong: 5 }, // now 173/184, confidently wrong 5 (placed 3)
  { name: 'tien-go-nhi-khe-2', floor: 0.93, maxWrong: 4 }, // now 185/197, confidently wrong 4 (placed 3)
  { name: 'tien-go-nhi-khe-3', floor: 0.87, maxWrong: 5 }, // now 175/200, confidently wrong 5 (placed 4)
  { name: 'tien-go-nhi-khe', floor: 0.94, maxWrong: 4 }, // now 188/198, confidently wrong 4 (placed 4)
  { name: 'tieu-cam-lo-ca-phe-khe-sanh', floor: 0.94, maxWrong: 2 }, // now 182/192, confidently wrong 2 (placed 1)
  { name: 'tieu-chu-se', floor: 0.97, maxWrong: 1 }, // now 176/180, confidently wrong 1 (placed 1)
  { name: 'tieu-hai-san-ham-ninh', floor: 0.95, maxWrong: 3 }, // now 191/200, confidently wrong 3 (placed 3)
  { name: 'tieu-mam-ham-ninh', floor: 0.92, maxWrong: 2 }, // now 177/191, confidently wrong 2 (placed 2)
  { name: 'tieu-mam-sim-phu-quoc', floor: 0.90, maxWrong: 4 }, // now 180/200, confidently wrong 4 (placed 4)
  { name: 'tieu-me-cam-lo', floor: 0.90, maxWrong: 7 }, // now 179/197, confidently wrong 7 (placed 5)
  { name: 'tieu-ot-cam-lo', floor: 0.90, maxWrong: 3 }, // now 154/170, confidently wrong 3 (placed 3)
  { name: 'tieu-phu-quoc', floor: 0.94, maxWrong: 2 }, // now 160/170, confidently wrong 2 (placed 2)
  { name: 'tieu-sim-cua-duong', floor: 0.92, maxWrong: 1 }, // now 184/200, confidently wrong 1 (placed 1)
  { name: 'tinh-bot-duong-lieu', floor: 0.97, maxWrong: 0 }, // now 176/180, confidently wrong 0 (placed 0)
  { name: 'tinh-bot-nghe', floor: 0.97, maxWrong: 0 }, // now 172/177, confidently wrong 0 (placed 0)
  { name: 'tinh-bot-yen-lang', floor: 0.92, maxWrong: 4 }, // now 164/178, confidently wrong 4 (placed 4)
  { name: 'tinh-dau-huong-khe', floor: 0.96, maxWrong: 0 }, // now 174/181, confidently wrong 0 (placed 0)
  { name: 'tinh-dau-huong-tra', floor: 0.94, maxWrong: 1 }, // now 179/190, confidently wrong 1 (placed 1)
  { name: 'tinh-dau-tram-hue', floor: 0.97, maxWrong: 2 }, // now 175/180, confidently wrong 2 (placed 1)
  { name: 'to-he-lang-chuong', floor: 0.85, maxWrong: 7 }, // now 171/200, confidently wrong 7 (placed 6)
  { name: 'to-he-xuan-la-2', floor: 0.90, maxWrong: 3 }, // now 180/198, confidently wrong 3 (placed 3)
  { name: 'to-he-xuan-la', floor: 0.91, maxWrong: 0 }, // now 177/193, confidently wrong 0 (placed 0)
  { name: 'to-lua-co-chat-2', floor: 0.90, maxWrong: 3 }, // now 173/191, confidently wrong 3 (placed 2)
  { name: 'to-lua-co-chat-3', floor: 0.92, maxWrong: 8 }, // now 182/196, confidently wrong 8 (placed 8)
  { name: 'to-lua-co-chat', floor: 0.92, maxWrong: 7 }, // now 183/198, confidently wrong 7 (placed 6)
  { name: 'to-lua-loc-chau', floor: 0.94, maxWrong: 5 }, // now 181/192, confidently wrong 5 (placed 5)
  { name: 'to-sen-phung-xa', floor: 0.95, maxWrong: 1 }, // now 181/190, confidently wrong 1 (placed 1)
  { name: 'toi-hanh-gia-loc', floor: 0.90, maxWrong: 5 }, // now 176/195, confidently wrong 5 (placed 5)
  { name: 'toi-hanh-ly-son-2', floor: 0.91, maxWrong: 4 }, // now 176/192, confidently wrong 4 (placed 4)
  { name: 'toi-hanh-ly-son-3', floor: 0.93, maxWrong: 4 }, // now 184/197, confidently wrong 4 (placed 3)
  { name: 'toi-hanh-ly-son-4', floor: 0.92, maxWrong: 5 }, // now 180/194, confidently wrong 5 (placed 4)
  { name: 'toi-hanh-ly-son-5', floor: 0.92, maxWrong: 5 }, // now 183/198, confidently wrong 5 (placed 5)
  { name: 'toi-hanh-ly-son-6', floor: 0.89, maxWrong: 7 }, // now 176/196, confidently wrong 7 (placed 4)
  { name: 'toi-hanh-ly-son-7', floor: 0.89, maxWrong: 4 }, // now 178/200, confidently wrong 4 (placed 3)
  { name: 'toi-hanh-ly-son-8', floor: 0.88, maxWrong: 2 }, // now 177/200, confidently wrong 2 (placed 1)
  { name: 'toi-hanh-ly-son', floor: 0.92, maxWrong: 1 }, // now 218/236, confidently wrong 1 (placed 1)
  { name: 'tom-kho-go-cong', floor: 0.89, maxWrong: 6 }, // now 179/199, confidently wrong 6 (placed 4)
  { name: 'tom-kho-nam-can', floor: 0.86, maxWrong: 4 }, // now 173/199, confidently wrong 4 (placed 4)
  { name: 'tom-kho-rach-goc-2', floor: 0.90, maxWrong: 8 }, // now 181/199, confidently wrong 8 (placed 7)
  { name: 'tom-kho-rach-goc-3', floor: 0.87, maxWrong: 4 }, // now 173/198, confidently wrong 4 (placed 4)
  { name: 'tom-kho-rach-goc-4', floor: 0.90, maxWrong: 6 }, // now 181/200, confidently wrong 6 (placed 6)
  { name: 'tom-kho-rach-goc-5', floor: 0.93, maxWrong: 5 }, // now 186/200, confidently wrong 5 (placed 3)
  { name: 'tom-kho-rach-goc', floor: 0.96, maxWrong: 1 }, // now 185/192, confidently wrong 1 (placed 1)
  { name: 'ton-ngoi-dai-dong', floor: 0.94, maxWrong: 1 }, // now 168/178, confidently wrong 1 (placed 0)
  { name: 'tra-atiso-da-lat', floor: 0.92, maxWrong: 4 }, // now 139/151, confidently wrong 4 (placed 4)
  { name: 'tra-ca-phe-cau-dat-2', floor: 0.95, maxWrong: 2 }, // now 186/195, confidently wrong 2 (placed 2)
  { name: 'tra-ca-phe-cau-dat', floor: 0.91, maxWrong: 2 }, // now 176/193, confidently wrong 2 (placed 2)
  { name: 'tra-gung-mat-ong', floor: 0.96, maxWrong: 2 }, // now 177/184, confidently wrong 2 (placed 2)
  { name: 'tra-hoa-say-kho', floor: 0.95, maxWrong: 3 }, // now 163/171, confidently wrong 3 (placed 3)
  { name: 'tra-hoa-vang-ba-che', floor: 0.94, maxWrong: 4 }, // now 189/200, confidently wrong 4 (placed 2)
  { name: 'tra-lua-bao-loc', floor: 0.89, maxWrong: 12 }, // now 176/196, confidently wrong 12 (placed 11)
  { name: 'tra-lua-bo-bao-loc', floor: 0.90, maxWrong: 10 }, // now 175/193, confidently wrong 10 (placed 10)
  { name: 'tra-o-long-bao-loc', floor: 0.94, maxWrong: 4 }, // now 170/180, confidently wrong 4 (placed 2)
  { name: 'tra-quang-an', floor: 0.94, maxWrong: 4 }, // now 185/196, confidently wrong 4 (placed 4)
  { name: 'tra-sen-nhan-pho-hien', floor: 0.90, maxWrong: 6 }, // now 180/200, confidently wrong 6 (placed 5)
  { name: 'tra-sen-quang-an', floor: 0.95, maxWrong: 6 }, // now 173/181, confidently wrong 6 (placed 4)
  { name: 'tra-sen-tay-ho', floor: 0.97, maxWrong: 2 }, // now 170/175, confidently wrong 2 (placed 1)
  { name: 'tra-sua-nuoc-mia', floor: 0.94, maxWrong: 2 }, // now 166/175, confidently wrong 2 (placed 2)
  { name: 'tra-sua-quan', floor: 0.91, maxWrong: 4 }, // now 158/172, confidently wrong 4 (placed 4)
  { name: 'tra-sua-tan-cuong', floor: 0.85, maxWrong: 6 }, // now 153/180, confidently wrong 6 (placed 5)
  { name: 'tra-thai-nguyen-com-vong', floor: 0.97, maxWrong: 0 }, // now 175/179, confidently wrong 0 (placed 0)
  { name: 'tra-thao-moc-trai-mat', floor: 0.95, maxWrong: 5 }, // now 171/180, confidently wrong 5 (placed 4)
  { name: 'tra-tui-loc', floor: 0.93, maxWrong: 2 }, // now 164/175, confidently wrong 2 (placed 2)
  { name: 'trai-cay-banh-trang-cai-be', floor: 0.94, maxWrong: 2 }, // now 189/200, confidently wrong 2 (placed 2)
  { name: 'trai-cay-binh-hoa-phuoc', floor: 0.91, maxWrong: 7 }, // now 175/192, confidently wrong 7 (placed 7)
  { name: 'trai-cay-cai-mon', floor: 0.96, maxWrong: 2 }, // now 192/200, confidently wrong 2 (placed 2)
  { name: 'trai-cay-hoa-loc', floor: 0.84, maxWrong: 12 }, // now 164/194, confidently wrong 12 (placed 10)
  { name: 'trai-cay-long-khanh-2', floor: 0.89, maxWrong: 5 }, // now 170/190, confidently wrong 5 (placed 4)
  { name: 'trai-cay-long-khanh-3', floor: 0.92, maxWrong: 6 }, // now 179/194, confidently wrong 6 (placed 6)
  { name: 'trai-cay-long-khanh-4', floor: 0.87, maxWrong: 6 }, // now 173/197, confidently wrong 6 (placed 5)
  { name: 'trai-cay-long-khanh-5', floor: 0.90, maxWrong: 9 }, // now 180/200, confidently wrong 9 (placed 8)
  { name: 'trai-cay-long-khanh', floor: 0.91, maxWrong: 5 }, // now 182/198, confidently wrong 5 (placed 5)
  { name: 'trai-cay-nhap-khau', floor: 0.92, maxWrong: 4 }, // now 159/172, confidently wrong 4 (placed 4)
  { name: 'trai-cay-phong-dien', floor: 0.88, maxWrong: 4 }, // now 174/197, confidently wrong 4 (placed 2)
  { name: 'trai-cay-say-deo', floor: 0.93, maxWrong: 2 }, // now 161/172, confidently wrong 2 (placed 2)
  { name: 'tram-huong-phuc-trach', floor: 0.93, maxWrong: 2 }, // now 163/174, confidently wrong 2 (placed 2)
  { name: 'trang-suc-vang', floor: 0.91, maxWrong: 4 }, // now 158/172, confidently wrong 4 (placed 3)
  { name: 'tranh-da-quy-luc-yen', floor: 0.88, maxWrong: 5 }, // now 159/180, confidently wrong 5 (placed 5)
  { name: 'tranh-dinh-da', floor: 0.91, maxWrong: 1 }, // now 157/172, confidently wrong 1 (placed 0)
  { name: 'tranh-dong-ho-10', floor: 0.89, maxWrong: 6 }, // now 179/200, confidently wrong 6 (placed 5)
  { name: 'tranh-dong-ho-2', floor: 0.90, maxWrong: 6 }, // now 180/200, confidently wrong 6 (placed 6)
  { name: 'tranh-dong-ho-3', floor: 0.86, maxWrong: 6 }, // now 165/191, confidently wrong 6 (placed 5)
  { name: 'tranh-dong-ho-4', floor: 0.80, maxWrong: 13 }, // now 158/196, confidently wrong 13 (placed 12)
  { name: 'tranh-dong-ho-5', floor: 0.87, maxWrong: 7 }, // now 168/192, confidently wrong 7 (placed 5)
  { name: 'tranh-dong-ho-6', floor: 0.89, maxWrong: 6 }, // now 177/197, confidently wrong 6 (placed 6)
  { name: 'tranh-dong-ho-7', floor: 0.86, maxWrong: 7 }, // now 172/198, confidently wrong 7 (placed 7)
  { name: 'tranh-dong-ho-8', floor: 0.85, maxWrong: 8 }, // now 170/200, confidently wrong 8 (placed 8)
  { name: 'tranh-dong-ho-9', floor: 0.91, maxWrong: 2 }, // now 183/200, confidently wrong 2 (placed 2)
  { name: 'tranh-dong-ho', floor: 0.97, maxWrong: 0 }, // now 181/186, confidently wrong 0 (placed 0)
  { name: 'tranh-dong-yen', floor: 0.91, maxWrong: 2 }, // now 162/178, confidently wrong 2 (placed 2)
  { name: 'tranh-gao-tranh-cat', floor: 0.98, maxWrong: 2 }, // now 174/176, confidently wrong 2 (placed 0)
  { name: 'tranh-ghep-puzzle', floor: 0.82, maxWrong: 2 }, // now 141/170, confidently wrong 2 (placed 2)
  { name: 'tranh-giay-dong-ho', floor: 0.89, maxWrong: 5 }, // now 172/192, confidently wrong 5 (placed 4)
  { name: 'tranh-hang-trong', floor: 0.89, maxWrong: 3 }, // now 160/178, confidently wrong 3 (placed 2)
  { name: 'tranh-kinh-phu-van', floor: 0.92, maxWrong: 4 }, // now 169/182, confidently wrong 4 (placed 3)
  { name: 'tranh-lang-sinh-2', floor: 0.88, maxWrong: 6 }, // now 177/200, confidently wrong 6 (placed 6)
  { name: 'tranh-lang-sinh', floor: 0.87, maxWrong: 12 }, // now 172/196, confidently wrong 12 (placed 12)
  { name: 'tranh-que-dong-son', floor: 0.89, maxWrong: 4 }, // now 167/187, confidently wrong 4 (placed 4)
  { name: 'tranh-sinh-hoa-giay', floor: 0.87, maxWrong: 5 }, // now 174/200, confidently wrong 5 (placed 3)
  { name: 'tranh-sinh-thanh-tien', floor: 0.89, maxWrong: 7 }, // now 173/194, confidently wrong 7 (placed 6)
  { name: 'tranh-son-dau', floor: 0.93, maxWrong: 3 }, // now 161/172, confidently wrong 3 (placed 2)
  { name: 'tranh-theu-chu-thap', floor: 0.90, maxWrong: 4 }, // now 160/177, confidently wrong 4 (placed 4)
  { name: 'tranh-theu-quat-dong', floor: 0.87, maxWrong: 6 }, // now 161/185, confidently wrong 6 (placed 5)
  { name: 'trap-an-hoi-cuoi', floor: 0.84, maxWrong: 7 }, // now 146/172, confidently wrong 7 (placed 7)
  { name: 'trau-cau-xuan-dinh', floor: 0.92, maxWrong: 6 }, // now 169/182, confidently wrong 6 (placed 5)
  { name: 'trau-gac-bep-son-la', floor: 0.93, maxWrong: 7 }, // now 186/199, confidently wrong 7 (placed 6)
  { name: 'tre-go-thach-xa', floor: 0.87, maxWrong: 5 }, // now 156/179, confidently wrong 5 (placed 5)
  { name: 'tre-kien-thuy', floor: 0.95, maxWrong: 4 }, // now 188/197, confidently wrong 4 (placed 4)
  { name: 'tre-lang-dong', floor: 0.93, maxWrong: 1 }, // now 164/175, confidently wrong 1 (placed 1)
  { name: 'tre-truc-xuan-lai-2', floor: 0.89, maxWrong: 7 }, // now 178/200, confidently wrong 7 (placed 7)
  { name: 'tre-truc-xuan-lai', floor: 0.92, maxWrong: 4 }, // now 183/197, confidently wrong 4 (placed 4)
  { name: 'tre-xanh-dong-lac', floor: 0.90, maxWrong: 1 }, // now 164/182, confidently wrong 1 (placed 1)
  { name: 'tre-xuan-lai', floor: 0.93, maxWrong: 1 }, // now 186/200, confidently wrong 1 (placed 1)
  { name: 'trong-da-nhat-tan', floor: 0.93, maxWrong: 3 }, // now 186/200, confidently wrong 3 (placed 1)
  { name: 'trong-doi-tam', floor: 0.96, maxWrong: 0 }, // now 183/189, confidently wrong 0 (placed 0)
  { name: 'trung-ga-vit', floor: 0.91, maxWrong: 4 }, // now 158/172, confidently wrong 4 (placed 4)
  { name: 'trung-thu-xuan-la', floor: 0.92, maxWrong: 5 }, // now 182/196, confidently wrong 5 (placed 5)
  { name: 'trung-vit-muoi', floor: 0.95, maxWrong: 2 }, // now 175/183, confidently wrong 2 (placed 2)
  { name: 'trung-vit-phu-thu', floor: 0.95, maxWrong: 2 }, // now 176/184, confidently wrong 2 (placed 2)
  { name: 'truyen-tranh-sach', floor: 0.91, maxWrong: 4 }, // now 157/172, confidently wrong 4 (placed 3)
  { name: 'truyen-tranh-thieu-nhi', floor: 0.90, maxWrong: 5 }, // now 153/170, confidently wrong 5 (placed 4)
  { name: 'tu-giay-nhua-go', floor: 0.93, maxWrong: 5 }, // now 172/184, confidently wrong 5 (placed 5)
  { name: 'tu-quan-ao-nhua', floor: 0.92, maxWrong: 6 }, // now 167/180, confidently wrong 6 (placed 5)
  { name: 'tui-chuom-nong-lanh', floor: 0.91, maxWrong: 7 }, // now 168/184, confidently wrong 7 (placed 6)
  { name: 'tui-coi-thu-cong', floor: 0.93, maxWrong: 1 }, // now 161/172, confidently wrong 1 (placed 1)
  { name: 'tui-dung-my-pham', floor: 0.98, maxWrong: 2 }, // now 167/170, confidently wrong 2 (placed 2)
  { name: 'tui-nilon-bao-bi', floor: 0.89, maxWrong: 5 }, // now 152/170, confidently wrong 5 (placed 5)
  { name: 'tui-thom-nuoc-hoa', floor: 0.92, maxWrong: 3 }, // now 139/150, confidently wrong 3 (placed 3)
  { name: 'tui-vai-canvas-in', floor: 0.99, maxWrong: 1 }, // now 171/172, confidently wrong 1 (placed 1)
  { name: 'tui-vai-xom-moi', floor: 0.84, maxWrong: 11 }, // now 162/192, confidently wrong 11 (placed 10)
  { name: 'tui-xach-nu', floor: 0.94, maxWrong: 4 }, // now 160/170, confidently wrong 4 (placed 3)
  { name: 'tuong-ban-mien-dong-hung', floor: 0.97, maxWrong: 0 }, // now 181/185, confidently wrong 0 (placed 0)
  { name: 'tuong-ban-yen-nhan', floor: 0.94, maxWrong: 2 }, // now 177/188, confidently wrong 2 (placed 2)
  { name: 'tuong-ca-mayonnaise', floor: 0.96, maxWrong: 2 }, // now 166/172, confidently wrong 2 (placed 2)
  { name: 'tuong-cu-da', floor: 0.88, maxWrong: 12 }, // now 173/196, confidently wrong 12 (placed 10)
  { name: 'tuong-go-bao-ha-2', floor: 0.92, maxWrong: 5 }, // now 181/196, confidently wrong 5 (placed 4)
  { name: 'tuong-go-bao-ha-3', floor: 0.86, maxWrong: 9 }, // now 170/196, confidently wrong 9 (placed 5)
  { name: 'tuong-go-bao-ha', floor: 0.94, maxWrong: 3 }, // now 180/190, confidently wrong 3 (placed 3)
  { name: 'tuong-go-dong-giao', floor: 0.84, maxWrong: 4 }, // now 159/189, confidently wrong 4 (placed 1)
  { name: 'tuong-go-phong-thuy', floor: 0.95, maxWrong: 2 }, // now 163/170, confidently wrong 2 (placed 2)
  { name: 'tuong-go-son-dong-2', floor: 0.88, maxWrong: 4 }, // now 175/198, confidently wrong 4 (placed 2)
  { name: 'tuong-go-son-dong-3', floor: 0.86, maxWrong: 4 }, // now 167/192, confidently wrong 4 (placed 4)
  { name: 'tuong-go-son-dong-4', floor: 0.87, maxWrong: 9 }, // now 174/200, confidently wrong 9 (placed 7)
  { name: 'tuong-go-son-dong-5', floor: 0.87, maxWrong: 9 }, // now 174/200, confidently wrong 9 (placed 9)
  { name: 'tuong-go-son-dong', floor: 0.91, maxWrong: 5 }, // now 173/190, confidently wrong 5 (placed 5)
  { name: 'tuong-mien-cu-da', floor: 0.90, maxWrong: 6 }, // now 180/200, confidently wrong 6 (placed 6)
  { name: 'tuong-my-nghe-dong-son', floor: 0.91, maxWrong: 6 }, // now 170/185, confidently wrong 6 (placed 4)
  { name: 'tuong-ot-muong-khuong', floor: 0.93, maxWrong: 1 }, // now 164/175, confidently wrong 1 (placed 0)
  { name: 'tuong-phat-go', floor: 0.89, maxWrong: 2 }, // now 157/176, confidently wrong 2 (placed 2)
  { name: 'tuong-que-nam-dan', floor: 0.94, maxWrong: 0 }, // now 174/185, confidently wrong 0 (placed 0)
  { name: 'tuong-thach-cao-trang-tri', floor: 0.95, maxWrong: 1 }, // now 164/172, confidently wrong 1 (placed 1)
  { name: 'tuong-tho-son-dong', floor: 0.89, maxWrong: 10 }, // now 179/200, confidently wrong 10 (placed 10)
  { name: 'vai-dong-phuc-la-phu', floor: 0.84, maxWrong: 3 }, // now 154/182, confidently wrong 3 (placed 3)
  { name: 'vai-dui-ton-lanh', floor: 0.97, maxWrong: 0 }, // now 170/175, confidently wrong 0 (placed 0)
  { name: 'vai-lanh-thoi-trang', floor: 0.92, maxWrong: 0 }, // now 162/175, confidently wrong 0 (placed 0)
  { name: 'vai-may-theo-met', floor: 0.89, maxWrong: 4 }, // now 154/172, confidently wrong 4 (placed 4)
  { name: 'vai-ninh-hiep-2', floor: 0.92, maxWrong: 6 }, // now 183/197, confidently wrong 6 (placed 6)
  { name: 'vai-ninh-hiep', floor: 0.91, maxWrong: 4 }, // now 176/192, confidently wrong 4 (placed 4)
  { name: 'vai-rem-ninh-hiep', floor: 0.88, maxWrong: 6 }, // now 173/195, confidently wrong 6 (placed 6)
  { name: 'vai-thieu-hong-giang', floor: 0.91, maxWrong: 8 }, // now 182/200, confidently wrong 8 (placed 8)
  { name: 'vai-thieu-luc-ngan-2', floor: 0.84, maxWrong: 6 }, // now 164/195, confidently wrong 6 (placed 6)
  { name: 'vai-thieu-luc-ngan-3', floor: 0.84, maxWrong: 4 }, // now 168/199, confidently wrong 4 (placed 4)
  { name: 'vai-thieu-luc-ngan-4', floor: 0.88, maxWrong: 6 }, // now 177/200, confidently wrong 6 (placed 6)
  { name: 'vai-thieu-luc-ngan-5', floor: 0.89, maxWrong: 5 }, // now 179/200, confidently wrong 5 (placed 5)
  { name: 'vai-thieu-luc-ngan', floor: 0.94, maxWrong: 3 }, // now 188/199, confidently wrong 3 (placed 3)
  { name: 'vai-thieu-nhan-long', floor: 0.97, maxWrong: 1 }, // now 176/181, confidently wrong 1 (placed 0)
  { name: 'vai-thieu-phuong-son', floor: 0.89, maxWrong: 5 }, // now 177/198, confidently wrong 5 (placed 5)
  { name: 'vai-thieu-thanh-ha-2', floor: 0.83, maxWrong: 10 }, // now 166/198, confidently wrong 10 (placed 9)
  { name: 'vai-thieu-thanh-ha-3', floor: 0.91, maxWrong: 7 }, // now 174/190, confidently wrong 7 (placed 7)
  { name: 'vai-thieu-thanh-ha-4', floor: 0.89, maxWrong: 4 }, // now 174/195, confidently wrong 4 (placed 4)
  { name: 'vai-thieu-thanh-ha-5', floor: 0.93, maxWrong: 3 }, // now 186/200, confidently wrong 3 (placed 3)
  { name: 'vai-thieu-thanh-ha', floor: 0.92, maxWrong: 4 }, // now 176/191, confidently wrong 4 (placed 3)
  { name: 'vai-vun-trach-xa', floor: 0.96, maxWrong: 3 }, // now 171/178, confidently wrong 3 (placed 2)
  { name: 'vali-balo-du-lich', floor: 0.96, maxWrong: 1 }, // now 169/175, confidently wrong 1 (placed 1)
  { name: 'vali-du-lich', floor: 0.92, maxWrong: 5 }, // now 159/171, confidently wrong 5 (placed 5)
  { name: 'van-ep-go-xay-dung', floor: 0.95, maxWrong: 2 }, // now 164/172, confidently wrong 2 (placed 1)
  { name: 'van-ep-tan-uyen', floor: 0.82, maxWrong: 3 }, // now 146/177, confidently wrong 3 (placed 3)
  { name: 'van-phong-pham-tan-lap', floor: 0.90, maxWrong: 7 }, // now 171/189, confidently wrong 7 (placed 7)
  { name: 'van-phong-pham', floor: 0.89, maxWrong: 9 }, // now 155/173, confidently wrong 9 (placed 9)
  { name: 'van-san-go', floor: 0.90, maxWrong: 1 }, // now 155/172, confidently wrong 1 (placed 1)
  { name: 'van-truot-patin', floor: 0.94, maxWrong: 3 }, // now 163/172, confidently wrong 3 (placed 2)
  { name: 'vang-da-lat', floor: 0.95, maxWrong: 3 }, // now 209/218, confidently wrong 3 (placed 2)
  { name: 'vang-ma-huong-nen', floor: 0.94, maxWrong: 3 }, // now 163/172, confidently wrong 3 (placed 3)
  { name: 'vang-quy-kieu-ky-2', floor: 0.89, maxWrong: 5 }, // now 179/199, confidently wrong 5 (placed 5)
  { name: 'vang-quy-kieu-ky-3', floor: 0.86, maxWrong: 5 }, // now 172/200, confidently wrong 5 (placed 5)
  { name: 'vang-quy-kieu-ky-4', floor: 0.86, maxWrong: 4 }, // now 173/200, confidently wrong 4 (placed 4)
  { name: 'vang-quy-kieu-ky', floor: 0.91, maxWrong: 4 }, // now 183/200, confidently wrong 4 (placed 4)
  { name: 'vat-lieu-xay-dung-2', floor: 0.95, maxWrong: 2 }, // now 166/174, confidently wrong 2 (placed 1)
  { name: 'vat-lieu-xay-dung-thanh-ha', floor: 0.91, maxWrong: 5 }, // now 164/180, confidently wrong 5 (placed 3)
  { name: 'vat-lieu-xay-dung', floor: 0.93, maxWrong: 4 }, // now 164/175, confidently wrong 4 (placed 3)
  { name: 'vat-tu-dien-nuoc', floor: 0.93, maxWrong: 5 }, // now 163/175, confidently wrong 5 (placed 4)
  { name: 'vat-tu-dieu-hoa', floor: 0.96, maxWrong: 2 }, // now 168/175, confidently wrong 2 (placed 1)
  { name: 'vat-tu-han-dien', floor: 0.97, maxWrong: 0 }, // now 168/172, confidently wrong 0 (placed 0)
  { name: 'vat-tu-lam-nen', floor: 0.97, maxWrong: 1 }, // now 167/172, confidently wrong 1 (placed 1)
  { name: 'vat-tu-lan-me-linh', floor: 0.92, maxWrong: 3 }, // now 171/184, confidently wrong 3 (placed 3)
  { name: 'vat-tu-moc-la-xuyen', floor: 0.96, maxWrong: 2 }, // now 175/182, confidently wrong 2 (placed 2)
  { name: 'vat-tu-nuoc-dong-xa', floor: 0.95, maxWrong: 1 }, // now 172/180, confidently wrong 1 (placed 1)
  { name: 'vat-tu-nuoc-phu-lam', floor: 0.92, maxWrong: 4 }, // now 183/198, confidently wrong 4 (placed 3)
  { name: 'vat-tu-nuoi-ong', floor: 0.94, maxWrong: 0 }, // now 165/175, confidently wrong 0 (placed 0)
  { name: 'vat-tu-quang-cao', floor: 0.97, maxWrong: 2 }, // now 171/175, confidently wrong 2 (placed 2)
  { name: 'vat-tu-thuy-canh', floor: 0.92, maxWrong: 4 }, // now 158/170, confidently wrong 4 (placed 4)
  { name: 'vat-tu-y-te-an-khanh', floor: 0.94, maxWrong: 2 }, // now 177/188, confidently wrong 2 (placed 2)
  { name: 'vat-tu-y-te', floor: 0.95, maxWrong: 2 }, // now 165/172, confidently wrong 2 (placed 2)
  { name: 'vay-dam-cong-so', floor: 0.96, maxWrong: 3 }, // now 169/175, confidently wrong 3 (placed 1)
  { name: 've-so-xo-lich-ban', floor: 0.91, maxWrong: 4 }, // now 155/170, confidently wrong 4 (placed 4)
  { name: 'vest-nam', floor: 0.90, maxWrong: 3 }, // now 154/170, confidently wrong 3 (placed 3)
  { name: 'vit-co-van-dinh', floor: 0.91, maxWrong: 4 }, // now 174/190, confidently wrong 4 (placed 3)
  { name: 'vit-quay-lang-son', floor: 0.92, maxWrong: 4 }, // now 185/200, confidently wrong 4 (placed 3)
  { name: 'vitamin-thuc-pham-chuc-nang', floor: 0.94, maxWrong: 2 }, // now 165/175, confidently wrong 2 (placed 2)
  { name: 'vo-but-hoc-sinh', floor: 0.85, maxWrong: 8 }, // now 146/170, confidently wrong 8 (placed 7)
  { name: 'vo-hop-giay-dong-goi', floor: 0.90, maxWrong: 5 }, // now 155/172, confidently wrong 5 (placed 5)
  { name: 'voi-sen-chau-rua', floor: 0.94, maxWrong: 7 }, // now 172/182, confidently wrong 7 (placed 6)
  { name: 'vong-bi-day-curoa', floor: 0.90, maxWrong: 3 }, // now 155/171, confidently wrong 3 (placed 3)
  { name: 'vong-tay-da-phong-thuy', floor: 0.91, maxWrong: 2 }, // now 160/175, confidently wrong 2 (placed 2)
  { name: 'vong-tay-go-tram', floor: 0.90, maxWrong: 8 }, // now 156/172, confidently wrong 8 (placed 6)
  { name: 'vong-xep-vong-du', floor: 0.96, maxWrong: 2 }, // now 169/175, confidently wrong 2 (placed 2)
  { name: 'vot-pickleball', floor: 0.93, maxWrong: 7 }, // now 163/175, confidently wrong 7 (placed 6)
  { name: 'vot-tennis', floor: 0.95, maxWrong: 1 }, // now 163/171, confidently wrong 1 (placed 0)
  { name: 'vuon-trai-cay-phong-dien', floor: 0.93, maxWrong: 6 }, // now 183/196, confidently wrong 6 (placed 5)
  { name: 'vuon-trai-phong-dien', floor: 0.91, maxWrong: 5 }, // now 179/196, confidently wrong 5 (placed 5)
  { name: 'xa-phong-mai-xa', floor: 0.94, maxWrong: 2 }, // now 169/178, confidently wrong 2 (placed 2)
  { name: 'xa-phong-rua-tay', floor: 0.95, maxWrong: 3 }, // now 163/170, confidently wrong 3 (placed 3)
  { name: 'xa-phong-thu-cong', floor: 0.98, maxWrong: 0 }, // now 192/194, confidently wrong 0 (placed 0)
  { name: 'xe-dap-dien', floor: 0.97, maxWrong: 2 }, // now 168/172, confidently wrong 2 (placed 1)
  { name: 'xe-dap-phu-tung-2', floor: 0.93, maxWrong: 4 }, // now 160/172, confidently wrong 4 (placed 4)
  { name: 'xe-dap-phu-tung', floor: 0.92, maxWrong: 5 }, // now 162/175, confidently wrong 5 (placed 4)
  { name: 'xe-dap-tre-em', floor: 0.92, maxWrong: 2 }, // now 159/171, confidently wrong 2 (placed 1)
  { name: 'xe-dap-xuan-phuong', floor: 0.84, maxWrong: 6 }, // now 158/187, confidently wrong 6 (placed 4)
  { name: 'xe-day-tre-em', floor: 0.90, maxWrong: 8 }, // now 155/171, confidently wrong 8 (placed 8)
  { name: 'xe-dien-tre-em', floor: 0.94, maxWrong: 3 }, // now 163/172, confidently wrong 3 (placed 3)
  { name: 'xe-lan-dung-cu-tap-di', floor: 0.92, maxWrong: 2 }, // now 159/172, confidently wrong 2 (placed 2)
  { name: 'xi-dau-tuong-ot', floor: 0.95, maxWrong: 0 }, // now 164/172, confidently wrong 0 (placed 0)
  { name: 'xit-khoang-toner', floor: 0.96, maxWrong: 3 }, // now 166/172, confidently wrong 3 (placed 3)
  { name: 'xoai-cao-lanh', floor: 0.91, maxWrong: 6 }, // now 183/200, confidently wrong 6 (placed 6)
  { name: 'xoai-hoa-loc', floor: 0.90, maxWrong: 6 }, // now 180/200, confidently wrong 6 (placed 6)
  { name: 'xoai-ke-sach', floor: 0.90, maxWrong: 5 }, // now 180/198, confidently wrong 5 (placed 4)
  { name: 'xoai-my-xuong', floor: 0.93, maxWrong: 8 }, // now 180/193, confidently wrong 8 (placed 8)
  { name: 'xoai-sau-rieng-mien-tay', floor: 0.93, maxWrong: 1 }, // now 163/175, confidently wrong 1 (placed 1)
  { name: 'xoi-banh-phu-thuong', floor: 0.92, maxWrong: 4 }, // now 184/198, confidently wrong 4 (placed 2)
  { name: 'xoi-ngu-sac', floor: 0.98, maxWrong: 1 }, // now 168/171, confidently wrong 1 (placed 1)
  { name: 'xoi-phu-thuong', floor: 0.91, maxWrong: 5 }, // now 177/194, confidently wrong 5 (placed 4)
  { name: 'yen-sao-khanh-hoa', floor: 0.94, maxWrong: 6 }, // now 170/180, confidently wrong 6 (placed 5)
  { name: 'yen-sao-kho-ca-ninh-hoa', floor: 0.83, maxWrong: 18 }, // now 164/197, confidently wrong 18 (placed 16)
  { name: 'yen-sao-muc-kho-ninh-hoa', floor: 0.86, maxWrong: 6 }, // now 172/198, confidently wrong 6 (placed 6)
  { name: 'yen-sao-ninh-hoa', floor: 0.90, maxWrong: 5 }, // now 181/200, confidently wrong 5 (placed 4)
  { name: 'yen-sao-vinh-luong', floor: 0.91, maxWrong: 5 }, // now 183/199, confidently wrong 5 (placed 5)
  { name: 'yen-sao', floor: 0.96, maxWrong: 3 }, // now 166/172, confidently wrong 3 (placed 3)
];

describe('parser on catalogs it had never seen (first runs in the header)', () => {
  it('reads the files exactly as they were first measured', () => {
    for (const [file, sha] of Object.entries(FROZEN)) {
      expect(createHash('sha256').update(readFileSync(new URL(file, dir))).digest('hex'), file).toBe(sha);
    }
  });

  for (const s of SETS) {
    it(`${s.name}: exact ≥ ${Math.round(s.floor * 100)}%, confidently wrong ≤ ${s.maxWrong}`, () => {
      const { shop, cases } = readLabelledSet(new URL(`${s.name}.shop.json`, dir), new URL(`${s.name}.orders.jsonl`, dir));
      const scored = scoreCases(shop, cases);
      const exact = scored.filter((x) => x.exact).length / scored.length;
      const wrong = scored.filter((x) => x.wrong).length;
      const detail = missLines(scored).join('\n');
      expect(exact, detail).toBeGreaterThanOrEqual(s.floor);
      expect(wrong, detail).toBeLessThanOrEqual(s.maxWrong);
    });
  }
});
