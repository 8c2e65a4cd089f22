# (passage id, old ref text, new ref text)
FIX=[('ar-006','المادة 51؟','المادة 51'),('ar-006','ميثاق الأمم المتحدة ما','ميثاق الأمم المتحدة'),
('ar-008','للمادة 51،','للمادة 51'),('ar-008','ميثاق الأمم المتحدة والقانون','ميثاق الأمم المتحدة'),
('ar-011','المادة 51 التى','المادة 51'),('es-006','del Articulo 51,','Articulo 51'),('es-006','del Articulo 51','Articulo 51'),
('es-011','artículo 51 en sus misivas','artículo 51'),('en-026','article 51 in their letters','article 51'),
('az-007','4 qətnamə (822','822'),('az-007','884)','884'),('de-011','Artikel 5 ist der Kern des Nato-Vertrags','Artikel 5'),
('de-012','Artikel 5 war','Artikel 5'),('de-012','von Artikel 5','Artikel 5')]
FIX+=[('en-053','Article V lays','Article V')]
NULLDATE={'en-056'}
FIX+=[('de-015','Kapitel VI sieht','Kapitel VI'),('de-015','Artikel 52:','Artikel 52')]
