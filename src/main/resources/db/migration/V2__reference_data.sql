-- Reference data: the 33 London authorities (ONS GSS codes), London-wide bodies, and the posts that
-- outlive their holders. Facts from shared/reference (2026). Posts ship with no holder: users appoint them.

insert into organisation (code, name, kind, gss_code, governance_model, reference) values
    ('city-of-london', 'City of London', 'CITY_OF_LONDON_CORPORATION', 'E09000001', 'COMMITTEE_SYSTEM', true),
    ('barking-and-dagenham', 'Barking and Dagenham', 'LONDON_BOROUGH', 'E09000002', 'LEADER_AND_CABINET', true),
    ('barnet', 'Barnet', 'LONDON_BOROUGH', 'E09000003', 'LEADER_AND_CABINET', true),
    ('bexley', 'Bexley', 'LONDON_BOROUGH', 'E09000004', 'LEADER_AND_CABINET', true),
    ('brent', 'Brent', 'LONDON_BOROUGH', 'E09000005', 'LEADER_AND_CABINET', true),
    ('bromley', 'Bromley', 'LONDON_BOROUGH', 'E09000006', 'LEADER_AND_CABINET', true),
    ('camden', 'Camden', 'LONDON_BOROUGH', 'E09000007', 'LEADER_AND_CABINET', true),
    ('croydon', 'Croydon', 'LONDON_BOROUGH', 'E09000008', 'DIRECTLY_ELECTED_MAYOR', true),
    ('ealing', 'Ealing', 'LONDON_BOROUGH', 'E09000009', 'LEADER_AND_CABINET', true),
    ('enfield', 'Enfield', 'LONDON_BOROUGH', 'E09000010', 'LEADER_AND_CABINET', true),
    ('greenwich', 'Greenwich', 'LONDON_BOROUGH', 'E09000011', 'LEADER_AND_CABINET', true),
    ('hackney', 'Hackney', 'LONDON_BOROUGH', 'E09000012', 'DIRECTLY_ELECTED_MAYOR', true),
    ('hammersmith-and-fulham', 'Hammersmith and Fulham', 'LONDON_BOROUGH', 'E09000013', 'LEADER_AND_CABINET', true),
    ('haringey', 'Haringey', 'LONDON_BOROUGH', 'E09000014', 'LEADER_AND_CABINET', true),
    ('harrow', 'Harrow', 'LONDON_BOROUGH', 'E09000015', 'LEADER_AND_CABINET', true),
    ('havering', 'Havering', 'LONDON_BOROUGH', 'E09000016', 'LEADER_AND_CABINET', true),
    ('hillingdon', 'Hillingdon', 'LONDON_BOROUGH', 'E09000017', 'LEADER_AND_CABINET', true),
    ('hounslow', 'Hounslow', 'LONDON_BOROUGH', 'E09000018', 'LEADER_AND_CABINET', true),
    ('islington', 'Islington', 'LONDON_BOROUGH', 'E09000019', 'LEADER_AND_CABINET', true),
    ('kensington-and-chelsea', 'Kensington and Chelsea', 'LONDON_BOROUGH', 'E09000020', 'LEADER_AND_CABINET', true),
    ('kingston-upon-thames', 'Kingston upon Thames', 'LONDON_BOROUGH', 'E09000021', 'LEADER_AND_CABINET', true),
    ('lambeth', 'Lambeth', 'LONDON_BOROUGH', 'E09000022', 'LEADER_AND_CABINET', true),
    ('lewisham', 'Lewisham', 'LONDON_BOROUGH', 'E09000023', 'DIRECTLY_ELECTED_MAYOR', true),
    ('merton', 'Merton', 'LONDON_BOROUGH', 'E09000024', 'LEADER_AND_CABINET', true),
    ('newham', 'Newham', 'LONDON_BOROUGH', 'E09000025', 'DIRECTLY_ELECTED_MAYOR', true),
    ('redbridge', 'Redbridge', 'LONDON_BOROUGH', 'E09000026', 'LEADER_AND_CABINET', true),
    ('richmond-upon-thames', 'Richmond upon Thames', 'LONDON_BOROUGH', 'E09000027', 'LEADER_AND_CABINET', true),
    ('southwark', 'Southwark', 'LONDON_BOROUGH', 'E09000028', 'LEADER_AND_CABINET', true),
    ('sutton', 'Sutton', 'LONDON_BOROUGH', 'E09000029', 'LEADER_AND_CABINET', true),
    ('tower-hamlets', 'Tower Hamlets', 'LONDON_BOROUGH', 'E09000030', 'DIRECTLY_ELECTED_MAYOR', true),
    ('waltham-forest', 'Waltham Forest', 'LONDON_BOROUGH', 'E09000031', 'LEADER_AND_CABINET', true),
    ('wandsworth', 'Wandsworth', 'LONDON_BOROUGH', 'E09000032', 'LEADER_AND_CABINET', true),
    ('westminster', 'Westminster', 'LONDON_BOROUGH', 'E09000033', 'LEADER_AND_CABINET', true),
    ('london-councils', 'London Councils', 'LONDON_COUNCILS', null, null, true),
    ('london-assembly', 'London Assembly', 'LONDON_ASSEMBLY', null, null, true),
    ('gla', 'Greater London Authority', 'GLA', null, null, true),
    ('tfl', 'Transport for London', 'FUNCTIONAL_BODY', null, null, true),
    ('mopac', 'Mayor''s Office for Policing and Crime', 'FUNCTIONAL_BODY', null, null, true),
    ('lfb', 'London Fire Brigade', 'FUNCTIONAL_BODY', null, null, true),
    ('opdc', 'Old Oak and Park Royal Development Corporation', 'FUNCTIONAL_BODY', null, null, true),
    ('lldc', 'London Legacy Development Corporation', 'FUNCTIONAL_BODY', null, null, true),
    ('uk-parliament', 'UK Parliament', 'UK_PARLIAMENT', null, null, true);

-- The political lead post of each authority.
insert into post (organisation_id, title, category, reference)
select o.id,
       case when o.governance_model = 'DIRECTLY_ELECTED_MAYOR' then 'Mayor of ' || o.name
            when o.kind = 'CITY_OF_LONDON_CORPORATION' then 'Chairman of the Policy and Resources Committee'
            else 'Leader of ' || o.name || ' Council' end,
       case when o.governance_model = 'DIRECTLY_ELECTED_MAYOR' then 'EXECUTIVE_MAYOR' else 'COUNCIL_LEADER' end,
       true
from organisation o where o.kind in ('LONDON_BOROUGH', 'CITY_OF_LONDON_CORPORATION');

-- The 14 constituency seats of the London Assembly, each covering the authorities of its constituency.
insert into post (organisation_id, title, category, constituency, reference)
select o.id, 'Assembly Member for ' || c.name, 'ASSEMBLY_MEMBER', c.name, true
from organisation o cross join (values
    ('Barnet and Camden'),
    ('Bexley and Bromley'),
    ('Brent and Harrow'),
    ('City and East'),
    ('Croydon and Sutton'),
    ('Ealing and Hillingdon'),
    ('Enfield and Haringey'),
    ('Greenwich and Lewisham'),
    ('Havering and Redbridge'),
    ('Lambeth and Southwark'),
    ('Merton and Wandsworth'),
    ('North East'),
    ('South West'),
    ('West Central')
) as c(name) where o.code = 'london-assembly';

insert into post_covered_authority (post_id, organisation_id)
select p.id, o.id from (values
    ('Barnet and Camden', 'barnet'),
    ('Barnet and Camden', 'camden'),
    ('Bexley and Bromley', 'bexley'),
    ('Bexley and Bromley', 'bromley'),
    ('Brent and Harrow', 'brent'),
    ('Brent and Harrow', 'harrow'),
    ('City and East', 'barking-and-dagenham'),
    ('City and East', 'city-of-london'),
    ('City and East', 'newham'),
    ('City and East', 'tower-hamlets'),
    ('Croydon and Sutton', 'croydon'),
    ('Croydon and Sutton', 'sutton'),
    ('Ealing and Hillingdon', 'ealing'),
    ('Ealing and Hillingdon', 'hillingdon'),
    ('Enfield and Haringey', 'enfield'),
    ('Enfield and Haringey', 'haringey'),
    ('Greenwich and Lewisham', 'greenwich'),
    ('Greenwich and Lewisham', 'lewisham'),
    ('Havering and Redbridge', 'havering'),
    ('Havering and Redbridge', 'redbridge'),
    ('Lambeth and Southwark', 'lambeth'),
    ('Lambeth and Southwark', 'southwark'),
    ('Merton and Wandsworth', 'merton'),
    ('Merton and Wandsworth', 'wandsworth'),
    ('North East', 'hackney'),
    ('North East', 'islington'),
    ('North East', 'waltham-forest'),
    ('South West', 'hounslow'),
    ('South West', 'kingston-upon-thames'),
    ('South West', 'richmond-upon-thames'),
    ('West Central', 'hammersmith-and-fulham'),
    ('West Central', 'kensington-and-chelsea'),
    ('West Central', 'westminster')
) as c(constituency, authority_code)
join post p on p.constituency = c.constituency and p.category = 'ASSEMBLY_MEMBER' and p.reference
join organisation o on o.code = c.authority_code;

-- The 11 London-wide seats of the London Assembly.
insert into post (organisation_id, title, category, constituency, reference)
select o.id, 'London-wide Assembly Member (seat ' || n || ')', 'ASSEMBLY_MEMBER', 'London-wide', true
from organisation o cross join generate_series(1, 11) as n where o.code = 'london-assembly';

insert into post (organisation_id, title, category, reference)
select o.id, 'Chair of London Councils', 'LONDON_COUNCILS_MEMBER', true from organisation o where o.code = 'london-councils';

-- Mayoral policy themes, referenced by code.
insert into policy_area (code, name) values
    ('housing', 'Housing'),
    ('transport', 'Transport'),
    ('policing-and-crime', 'Policing and crime'),
    ('violence-reduction', 'Violence reduction'),
    ('environment', 'Environment'),
    ('economy-and-skills', 'Economy and skills'),
    ('health', 'Health'),
    ('culture', 'Culture'),
    ('digital', 'Digital'),
    ('planning', 'Planning'),
    ('fire-and-resilience', 'Fire and resilience'),
    ('communities', 'Communities'),
    ('devolution-and-finance', 'Devolution and finance');
