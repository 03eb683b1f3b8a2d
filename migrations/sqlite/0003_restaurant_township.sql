-- A restaurant's township was free text (the registration form asked for
-- it); it becomes one of Taitung County's 16 townships, stored by its
-- romanised name (domain::meals::Township), and the column says so. Names
-- written in Chinese or English, with or without 鄉/鎮/市, are mapped; any
-- other value stops the migration (the insert into the check table below
-- fails) so that no restaurant is left with a place the pages cannot name.
UPDATE restaurants SET district = CASE
        WHEN TRIM(district) IN ('Taitung', 'Taitung City', 'TaitungCity', '台東', '台東市', '臺東', '臺東市') THEN 'TaitungCity'
        WHEN TRIM(district) IN ('Chenggong', 'Chenggong Township', '成功', '成功鎮') THEN 'Chenggong'
        WHEN TRIM(district) IN ('Guanshan', 'Guanshan Township', '關山', '關山鎮') THEN 'Guanshan'
        WHEN TRIM(district) IN ('Beinan', 'Beinan Township', '卑南', '卑南鄉') THEN 'Beinan'
        WHEN TRIM(district) IN ('Luye', 'Luye Township', '鹿野', '鹿野鄉') THEN 'Luye'
        WHEN TRIM(district) IN ('Chishang', 'Chishang Township', '池上', '池上鄉') THEN 'Chishang'
        WHEN TRIM(district) IN ('Donghe', 'Donghe Township', '東河', '東河鄉') THEN 'Donghe'
        WHEN TRIM(district) IN ('Changbin', 'Changbin Township', '長濱', '長濱鄉') THEN 'Changbin'
        WHEN TRIM(district) IN ('Taimali', 'Taimali Township', '太麻里', '太麻里鄉') THEN 'Taimali'
        WHEN TRIM(district) IN ('Dawu', 'Dawu Township', '大武', '大武鄉') THEN 'Dawu'
        WHEN TRIM(district) IN ('Green Island', 'Ludao', 'Ludao Township', 'Lyudao', 'Lüdao', '綠島', '綠島鄉') THEN 'Ludao'
        WHEN TRIM(district) IN ('Haiduan', 'Haiduan Township', '海端', '海端鄉') THEN 'Haiduan'
        WHEN TRIM(district) IN ('Yanping', 'Yanping Township', '延平', '延平鄉') THEN 'Yanping'
        WHEN TRIM(district) IN ('Jinfeng', 'Jinfeng Township', '金峰', '金峰鄉') THEN 'Jinfeng'
        WHEN TRIM(district) IN ('Daren', 'Daren Township', '達仁', '達仁鄉') THEN 'Daren'
        WHEN TRIM(district) IN ('Lanyu', 'Lanyu Township', 'Orchid Island', '蘭嶼', '蘭嶼鄉') THEN 'Lanyu'
        ELSE district
    END;

CREATE TEMPORARY TABLE township_check (unknown BIGINT NOT NULL CHECK (unknown = 0));
INSERT INTO township_check (unknown)
    SELECT COUNT(*) FROM restaurants WHERE district NOT IN ('TaitungCity', 'Chenggong', 'Guanshan', 'Beinan', 'Luye', 'Chishang', 'Donghe', 'Changbin', 'Taimali', 'Dawu', 'Ludao', 'Haiduan', 'Yanping', 'Jinfeng', 'Daren', 'Lanyu');
DROP TABLE township_check;

ALTER TABLE restaurants RENAME COLUMN district TO township;
