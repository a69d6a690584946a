// Fictional name parts for the demo workspace, grouped by naming culture. Given and family names
// are drawn independently, so a full name is a random combination of common parts; the pools
// leave out the names of well-known heads of state and urbanists, and DENIED_FULL_NAMES catches
// the famous combinations common parts can still make.

export type NameCulture = {
  women: readonly string[];
  men: readonly string[];
  family: readonly string[];
  /** Where family names change with gender (Czech, Central Asian): feminine forms, same order. */
  familyFeminine?: readonly string[];
};

const list = (...chunks: string[]): readonly string[] =>
  chunks.flatMap((chunk) => chunk.split(',').map((s) => s.trim()));

export const NAME_CULTURES = {
  anglo: {
    women: list('Emily, Sarah, Hannah, Rachel, Laura, Claire, Rebecca, Megan, Olivia, Jessica'),
    men: list('James, Daniel, Thomas, Michael, Andrew, Matthew, Patrick, Liam, Nathan, Owen'),
    family: list(
      'Smith, Johnson, Brown, Taylor, Wilson, Walker, Harris, Clarke, Robinson, Wright',
      'Thompson, Evans, Hughes, Murphy, Kelly, Campbell, Anderson, Mitchell, Bennett, Foster',
    ),
  },
  caribbean: {
    women: list('Shanice, Kerry-Ann, Tamika, Simone, Nadine, Keisha, Renée, Anisa'),
    men: list('Andre, Kemar, Dwayne, Marlon, Jason, Ravi, Rohan, Damion'),
    family: list('Campbell, Brown, Williams, Clarke, Grant, Morgan, Henry, Francis, Alleyne'),
  },
  haitian: {
    women: list('Marie-Claude, Nadège, Fabienne, Guerline, Roseline, Widlyne, Stéphanie'),
    men: list('Jean-Robert, Wilson, Frantz, Jacques, Stanley, Widner, Emmanuel'),
    family: list('Jean-Baptiste, Pierre, Joseph, Louis, Désir, Célestin, Augustin, Dorval'),
  },
  latam: {
    women: list('María José, Valentina, Camila, Daniela, Lucía, Carolina, Paula, Gabriela'),
    men: list('Andrés, Juan Pablo, Santiago, Diego, Felipe, Sebastián, Mateo, Alejandro'),
    family: list(
      'García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez',
      'Torres, Flores, Rivera, Gómez, Díaz, Vargas, Castro, Rojas, Morales, Ortiz, Gutiérrez',
    ),
  },
  brazilian: {
    women: list('Ana Clara, Juliana, Fernanda, Beatriz, Camila, Larissa, Patrícia, Luana'),
    men: list('Lucas, Rafael, Thiago, Gabriel, Bruno, Felipe, Gustavo, Rodrigo'),
    family: list(
      'Silva, Santos, Oliveira, Souza, Lima, Pereira, Costa, Ferreira, Almeida, Ribeiro',
      'Carvalho, Rocha, Barbosa, Araújo, Nascimento, Moura',
    ),
  },
  spanish: {
    women: list('Lucía, Marta, Carmen, Laura, Elena, Paula, Irene, Nuria, Cristina, Alba'),
    men: list('Javier, Pablo, Sergio, Alejandro, David, Jorge, Álvaro, Daniel, Raúl, Iñigo'),
    family: list('García, Fernández, González, López, Martín, Gómez, Ruiz, Jiménez, Navarro'),
  },
  portuguese: {
    women: list('Inês, Beatriz, Mariana, Catarina, Ana, Joana, Sofia, Rita'),
    men: list('João, Tiago, Miguel, Pedro, Rui, Nuno, Diogo, Ricardo'),
    family: list('Silva, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Sousa, Marques'),
  },
  italian: {
    women: list('Giulia, Francesca, Chiara, Sara, Martina, Elena, Valentina, Alessia'),
    men: list('Luca, Marco, Andrea, Matteo, Lorenzo, Davide, Simone, Federico'),
    family: list('Rossi, Russo, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Gallo'),
  },
  french: {
    women: list('Camille, Claire, Julie, Sophie, Élodie, Mathilde, Léa, Manon, Amélie, Chloé'),
    men: list('Julien, Nicolas, Antoine, Mathieu, Pierre, Guillaume, Romain, Olivier, Vincent'),
    family: list(
      'Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Laurent',
      'Lefebvre, Fournier, Girard, Bonnet',
    ),
  },
  german: {
    women: list('Anna, Julia, Katharina, Lena, Sabine, Miriam, Johanna, Franziska, Nina'),
    men: list('Jonas, Lukas, Felix, Tobias, Florian, Stefan, Markus, Andreas, Philipp'),
    family: list(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz',
      'Hoffmann, Koch, Richter, Klein, Neumann, Huber, Gruber',
    ),
  },
  dutch: {
    women: list('Sanne, Lotte, Femke, Anouk, Eline, Marloes, Lieke, Sofie'),
    men: list('Daan, Bram, Thijs, Ruben, Joris, Pieter, Wouter, Koen'),
    family: list(
      'de Jong, Jansen, de Vries, van den Berg, Bakker, Visser, Smit, Meijer, Mulder',
      'Peeters, Maes, Claes',
    ),
  },
  nordic: {
    women: list('Ingrid, Astrid, Maja, Emma, Kari, Linnea, Freja, Ida, Sigrid'),
    men: list('Erik, Anders, Magnus, Henrik, Jonas, Mikkel, Oskar, Nils, Sven'),
    family: list('Johansson, Andersson, Karlsson, Nilsson, Hansen, Nielsen, Berg, Lindqvist'),
  },
  finnish: {
    women: list('Aino, Helmi, Elina, Johanna, Minna, Noora'),
    men: list('Mikko, Juha, Jussi, Ville, Timo, Lauri'),
    family: list('Virtanen, Korhonen, Mäkinen, Nieminen, Hämäläinen, Laine, Heikkinen'),
  },
  estonian: {
    women: list('Kadri, Liis, Mari, Kristiina, Triin, Kertu, Maarja'),
    men: list('Kristjan, Rasmus, Tõnis, Martin, Siim, Andres'),
    family: list('Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Pärn, Koppel, Kuusk, Lepik'),
  },
  polish: {
    women: list('Agnieszka, Katarzyna, Magdalena, Joanna, Aleksandra, Marta, Zofia'),
    men: list('Piotr, Tomasz, Paweł, Michał, Krzysztof, Marcin, Łukasz'),
    family: list('Nowak, Wójcik, Kowalczyk, Kaczmarek, Mazur, Krawczyk, Zając, Wróbel, Sikora'),
  },
  ukrainian: {
    women: list('Olena, Iryna, Oksana, Kateryna, Nataliia, Tetiana, Sofiia'),
    men: list('Oleksandr, Dmytro, Serhii, Mykola, Yurii, Bohdan'),
    family: list('Bondarenko, Kovalenko, Tkachenko, Kravchenko, Melnyk, Boyko, Lysenko'),
  },
  turkish: {
    women: list('Elif, Zeynep, Ayşe, Merve, Ebru, Selin, Derya'),
    men: list('Emre, Burak, Mehmet, Can, Kerem, Onur, Serkan'),
    family: list('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan'),
  },
  centralAsian: {
    women: list('Aigerim, Dinara, Madina, Gulnara, Zarina, Nilufar, Dilnoza, Aizhan'),
    men: list('Nurlan, Arman, Daniyar, Timur, Rustam, Bekzod, Sardor, Azamat'),
    family: list('Akhmetov, Abenov, Yusupov, Rakhimov, Tursunov, Nazarov, Saidov'),
    familyFeminine: list('Akhmetova, Abenova, Yusupova, Rakhimova, Tursunova, Nazarova, Saidova'),
  },
  maghreb: {
    women: list('Salma, Imane, Khadija, Meriem, Sanae, Houda, Amina'),
    men: list('Mehdi, Youssef, Hamza, Anas, Karim, Amine, Yassine'),
    family: list('Bennani, Tazi, El Idrissi, Amrani, Berrada, Trabelsi, Ben Salah, Gharbi'),
  },
  mashriq: {
    women: list('Leila, Nour, Yasmine, Hana, Mariam, Dina, Lina, Sara'),
    men: list('Omar, Karim, Ahmed, Khaled, Tarek, Samir, Nabil, Walid'),
    family: list('Haddad, Khoury, Mansour, Saleh, Habib, Ibrahim, Kassem, Hamdan, El-Sayed'),
  },
  eastAfrican: {
    women: list('Achieng, Wanjiku, Grace, Faith, Mercy, Neema, Rehema, Esther, Zawadi, Amani'),
    men: list('Brian, Kevin, Dennis, Collins, Baraka, Juma, Daudi, Joseph, Samuel, Moses'),
    family: list(
      'Otieno, Odhiambo, Kamau, Mwangi, Njoroge, Kariuki, Mutua, Ochieng, Wekesa',
      'Mushi, Massawe, Nakato, Okello, Opio, Mugisha, Ssemwanga',
    ),
  },
  rwandan: {
    women: list('Aline, Claudine, Diane, Clarisse, Solange, Josiane'),
    men: list('Jean Claude, Eric, Patrick, Emmanuel, Innocent, Olivier'),
    family: list('Uwimana, Mukamana, Niyonzima, Habimana, Uwase, Nshimiyimana, Ndayisaba'),
  },
  ethiopian: {
    women: list('Meron, Hiwot, Selam, Tigist, Bethlehem, Liya, Saba, Rahel'),
    men: list('Dawit, Yonas, Henok, Biruk, Samuel, Abel, Ermias, Kaleab'),
    family: list('Tadesse, Bekele, Alemu, Girma, Tesfaye, Mekonnen, Assefa, Desta, Wolde'),
  },
  mozambican: {
    women: list('Ana, Célia, Graça, Luísa, Esperança, Rosa'),
    men: list('Armando, Celso, Hélder, Nelson, Paulo, Alberto'),
    family: list('Machava, Cossa, Sitoe, Nhantumbo, Langa, Macuácua, Tembe, Mabunda'),
  },
  centralAfrican: {
    women: list('Nadège, Brigitte, Sandrine, Mireille, Grâce, Dorcas, Josiane'),
    men: list('Serge, Hervé, Guy, Didier, Fiston, Thierry, Blaise'),
    family: list('Mbarga, Fotso, Tchamba, Mukendi, Tshibangu, Kalala, Ilunga, Kabongo, Mbuyi'),
  },
  southernAfrican: {
    women: list('Thandiwe, Nomvula, Lerato, Palesa, Naledi, Zanele, Ndapewa, Anneke'),
    men: list('Sipho, Bongani, Kagiso, Tumelo, Pieter, Johan, Kabelo, Lwazi'),
    family: list(
      'Nkosi, Dlamini, Ndlovu, Mokoena, Khumalo, Mthembu, Molefe, van der Merwe, Naidoo',
      'Shikongo, Iipinge, Amukoto',
    ),
  },
  westAfricanAnglo: {
    women: list('Chiamaka, Funmilayo, Adaeze, Aisha, Abena, Akosua, Efua, Yetunde, Zainab'),
    men: list('Chinedu, Emeka, Tunde, Olumide, Kwabena, Yaw, Nnamdi, Segun, Femi'),
    family: list(
      'Adeyemi, Okafor, Eze, Bello, Adebayo, Nwosu, Balogun, Mensah, Owusu, Asante',
      'Boateng, Osei, Appiah, Darko',
    ),
  },
  sahel: {
    women: list('Aminata, Fatou, Awa, Mariama, Aïssatou, Khady, Rokia, Salimata, Ndeye'),
    men: list('Moussa, Ousmane, Mamadou, Cheikh, Ibrahima, Abdoulaye, Souleymane, Seydou'),
    family: list('Diop, Ndiaye, Fall, Sow, Diallo, Ba, Traoré, Coulibaly, Ouédraogo, Sawadogo'),
  },
  indian: {
    women: list('Priya, Ananya, Kavya, Deepa, Lakshmi, Meera, Sneha, Anjali, Pooja, Divya'),
    men: list('Arjun, Rahul, Vikram, Rohan, Sanjay, Arvind, Karthik, Amit, Suresh, Nikhil'),
    family: list(
      'Sharma, Patel, Iyer, Nair, Reddy, Gupta, Menon, Rao, Das, Joshi, Kulkarni',
      'Banerjee, Mehta, Krishnan',
    ),
  },
  southAsianMuslim: {
    women: list('Fatima, Nusrat, Farzana, Tahmina, Sadia, Ayesha, Nadia, Sumaiya'),
    men: list('Tanvir, Arif, Kamal, Rafiq, Faisal, Bilal, Hamid, Shahid'),
    family: list('Rahman, Hossain, Ahmed, Chowdhury, Khan, Malik, Qureshi, Siddiqui, Haque'),
  },
  nepali: {
    women: list('Sita, Anisha, Sabina, Pratima, Sunita, Asmita, Srijana'),
    men: list('Bikash, Suman, Rajesh, Prakash, Anil, Dipesh, Sagar'),
    family: list('Shrestha, Thapa, Gurung, Tamang, Rai, Adhikari, Karki, Poudel, Maharjan'),
  },
  sriLankan: {
    women: list('Nadeesha, Dilini, Chamari, Tharushi, Ishara, Nimali'),
    men: list('Kasun, Chaminda, Dinesh, Ruwan, Tharindu, Lahiru'),
    family: list('Perera, Fernando, Bandara, Herath, Gunawardena, Kumara, Jayawardena'),
  },
  chinese: {
    women: list('Fang, Jing, Min, Hui, Yan, Xiaoling, Yuqing, Meiling, Lan, Xin'),
    men: list('Wei, Lei, Jun, Hao, Ming, Jian, Tao, Yong, Zhiwei, Bo'),
    family: list('Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Lin, He'),
  },
  japanese: {
    women: list('Yuki, Haruka, Aiko, Emi, Sakura, Naoko, Megumi'),
    men: list('Kenji, Hiroshi, Takeshi, Daisuke, Kenta, Shota, Ryo'),
    family: list('Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi'),
  },
  korean: {
    women: list('Ji-woo, Min-seo, Seo-yeon, Ha-eun, Su-jin, Hye-jin, Eun-ji'),
    men: list('Min-jun, Seo-jun, Do-yun, Ji-ho, Hyun-woo, Sung-min, Dong-hyun'),
    family: list('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin'),
  },
  thai: {
    women: list('Siriporn, Nattaya, Kanya, Pimchanok, Waraporn, Suda'),
    men: list('Somsak, Anan, Kittisak, Prasert, Thanawat, Wichai'),
    family: list('Srisuk, Chaiyaporn, Saetang, Boonmee, Rattanakorn, Sukprasert, Phongphan'),
  },
  vietnamese: {
    women: list('Thu Hà, Minh Anh, Ngọc Anh, Thanh Hương, Thị Mai, Bích Ngọc'),
    men: list('Văn Nam, Minh Đức, Quang Huy, Tuấn Anh, Hoàng Long'),
    family: list('Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng, Bùi'),
  },
  indonesian: {
    women: list('Siti, Dewi, Putri, Ayu, Nurul, Intan, Rina, Farah'),
    men: list('Budi, Agus, Andi, Rizky, Ahmad, Hafiz, Irfan, Fajar'),
    family: list('Santoso, Wijaya, Pratama, Hidayat, Saputra, Kusuma, Nugroho, Setiawan'),
  },
  filipino: {
    women: list('Maria Angelica, Kristine, Joanna, Patricia, Liza, Rowena, Camille'),
    men: list('Mark, John Paul, Jericho, Rodel, Joel, Christian'),
    family: list('Santos, Reyes, Cruz, Bautista, Mendoza, Villanueva, Ramos, Castillo'),
  },
  khmer: {
    women: list('Sreymom, Sophea, Channary, Bopha, Sokunthea'),
    men: list('Vannak, Sokha, Rithy, Piseth, Visal'),
    family: list('Sok, Chea, Keo, Heng, Meas, Pen, Nget'),
  },
  pacific: {
    women: list('Sina, Malia, Losa, Lagi, Mele, Fetu'),
    men: list('Tavita, Iosefa, Sione, Ioane, Filipo, Tevita'),
    family: list('Leota, Faleolo, Fuimaono, Sapolu, Tuala, Aiono, Taufa, Lauina'),
  },
} as const satisfies Record<string, NameCulture>;

export type NameCultureKey = keyof typeof NAME_CULTURES;

/** Combinations of common name parts that belong to well-known public figures. */
export const DENIED_FULL_NAMES: ReadonlySet<string> = new Set([
  'James Taylor',
  'Michael Johnson',
  'Andrew Johnson',
  'Owen Wilson',
  'Sergio García',
  'Javier Fernández',
  'Jorge Martín',
  'Raúl González',
  'Felipe González',
  'Diego Rivera',
  'Diego Torres',
  'Andrés Gómez',
  'Pierre Richard',
  'Julia Fischer',
  'Markus Wolf',
  'Marco Rossi',
  'Andrea Rossi',
  'Rui Costa',
  'Ricardo Pereira',
  'Thiago Silva',
  'Lucas Moura',
  'Lucas Lima',
  'Gabriel Barbosa',
  'Jun Ma',
  'Moussa Traoré',
  'Aminata Traoré',
  'Ibrahima Traoré',
  'Ousmane Sow',
  'Abdoulaye Diop',
  'Abel Tesfaye',
  'Tigist Assefa',
  'Deepa Mehta',
  'Meera Nair',
  'Anjali Menon',
  'Lakshmi Menon',
  'Sanjay Gupta',
  'Vikram Patel',
  'Shahid Khan',
  'Shahid Malik',
  'Kamal Hossain',
  'Burak Yılmaz',
  'Joel Villanueva',
]);

/** Lower-case ASCII for e-mail local parts: "Nguyễn" → "nguyen", "Yılmaz" → "yilmaz". */
export function asciiSlug(text: string): string {
  const special: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', ı: 'i' };
  return text
    .toLowerCase()
    .replace(/[đłøæßı]/g, (ch) => special[ch] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
